// Build step: writes the first screen's HTML into dist/index.html so it paints before any script runs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ssrDir = join(root, 'dist-ssr');
const { prerender } = await import(pathToFileURL(join(ssrDir, 'prerender-entry.js')).href);

const readJson = (file) => JSON.parse(readFileSync(join(dist, 'profiles', file), 'utf8'));
const html = prerender(readJson('index.json'), (file) => ({ file, data: readJson(file) }));

const indexPath = join(dist, 'index.html');
const template = readFileSync(indexPath, 'utf8');
const placeholder = '<div id="root"><!--app--></div>';
if (!template.includes(placeholder)) throw new Error(`dist/index.html has no ${placeholder}`);
// The app's script waits for the page to paint (src/main.tsx), so the browser should fetch it after what the
// paint needs: low priority (Vite writes the tag itself, so the attribute is added here).
const entryScript = '<script type="module" crossorigin src=';
if (!template.includes(entryScript)) throw new Error(`dist/index.html has no ${entryScript}`);
const page = template.replace(placeholder, `<div id="root" data-prerendered="true">${html}</div>`).replace(entryScript, '<script type="module" fetchpriority="low" crossorigin src=');
writeFileSync(indexPath, page);
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered the first screen into dist/index.html (${html.length} characters of HTML)`);
