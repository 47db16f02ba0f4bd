// Build step: writes the first screen's HTML into dist/index.html so it paints before any script runs.
// `node scripts/prerender.mjs [folder]`: a build made with `vite build --outDir <folder>` and
// `vite build --ssr … --outDir <folder>-ssr` (the update test builds a second version that way).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const ssrDir = `${dist}-ssr`;
const { prerender } = await import(pathToFileURL(join(ssrDir, 'prerender-entry.js')).href);

/**
 * The first screen's stylesheet (3 KB gzip) written into the page, so the first paint waits for no second request
 * (decision 010). Its url()s are made relative to the page, and the Content-Security-Policy allows this one
 * style element by its hash (no 'unsafe-inline').
 */
function inlineStylesheet(page) {
  const link = /<link rel="stylesheet" crossorigin href="\.\/assets\/([^"]+\.css)">/.exec(page);
  if (!link) throw new Error('dist/index.html has no stylesheet link to inline');
  const css = readFileSync(join(dist, 'assets', link[1]), 'utf8')
    .trim()
    .replace(/url\((['"]?)\.\//g, 'url($1./assets/');
  if (/url\((?!['"]?\.\/assets\/)/.test(css)) throw new Error(`${link[1]} has a url() that is not ./ (cannot be moved into the page)`);
  if (css.includes('</style')) throw new Error(`${link[1]} contains </style`);
  const hash = createHash('sha256').update(css).digest('base64');
  const policy = "style-src 'self'";
  if (!page.includes(policy)) throw new Error(`dist/index.html's policy has no ${policy}`);
  return page.replace(policy, `${policy} 'sha256-${hash}'`).replace(link[0], () => `<style>${css}</style>`);
}

/**
 * The service worker's precache list (dist/sw.js, written by Workbox before this step) gives index.html the revision
 * of the page before the first screen was written into it. The first screen comes from the profiles too, so a data fix
 * alone would change the page but not its revision, and installed copies would keep the old page. The revision is set
 * to the page as served (Workbox's own: the MD5 of the file).
 */
function keepPrecacheRevisionTrue(servedPage) {
  const swPath = join(dist, 'sw.js');
  const worker = readFileSync(swPath, 'utf8');
  const entry = /\{url:"index\.html",revision:"[0-9a-f]+"\}/;
  if (!entry.test(worker)) throw new Error('dist/sw.js has no precache entry for index.html');
  const revision = createHash('md5').update(servedPage).digest('hex');
  writeFileSync(swPath, worker.replace(entry, `{url:"index.html",revision:"${revision}"}`));
}

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
const page = template
  .replace(placeholder, `<div id="root" data-prerendered="true">${html}</div>`)
  .replace(entryScript, '<script type="module" fetchpriority="low" crossorigin src=');
const finalPage = inlineStylesheet(page);
writeFileSync(indexPath, finalPage);
keepPrecacheRevisionTrue(finalPage);
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered the first screen into dist/index.html (${html.length} characters of HTML)`);
