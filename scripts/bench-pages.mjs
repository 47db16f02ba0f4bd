// Part of `npm run bench`: the baseline pages the profile screen is measured against, built from the
// prerendered dist/index.html so they carry exactly the profile's text.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const voidElements = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);
const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&nbsp;': '\u00a0' };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|#x27|#39|nbsp);/g, (entity) => entities[entity]);

/** The prerendered #root's markup, as React rendered it. */
function prerenderedRoot(html) {
  const match = /<div id="root"[^>]*>([\s\S]*)<\/div>\s*<\/body>/.exec(html);
  if (!match?.[1]) throw new Error('dist/index.html has no prerendered #root');
  return match[1];
}

/** React's server markup as a tree of [tag, children] and strings: tags and text only, no attributes. */
function toTree(markup) {
  const root = ['div', []];
  const stack = [root];
  for (const [, closing, tag, text] of markup.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>|([^<]+)/g)) {
    const parent = stack[stack.length - 1];
    if (text !== undefined) parent[1].push(decode(text));
    else if (closing) stack.pop();
    else {
      const node = [tag, []];
      parent[1].push(node);
      if (!voidElements.has(tag)) stack.push(node);
    }
  }
  return root;
}

const plainStyle =
  'body{margin:0 auto;max-width:60rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.6;color:#1c2430;background:#f5f7fa}h1,h2,h3,h4{color:#17375e;line-height:1.35}';

function page(title, head, body) {
  return `<!doctype html>\n<html lang="th"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/**
 * The three baselines, as { path → { type, body } } for the bench server:
 * - static: the prerendered page without its scripts (same text and CSS; with no script to switch to Sarabun, it
 *   keeps the size-matched fallback font the first paint uses);
 * - plain: the same text and element structure with no attributes, a few inline style rules and no web font;
 * - plain React: the same tree rendered on the client by React 19 (no data fetch, no web font, inline style).
 */
export async function buildBaselinePages(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const markup = prerenderedRoot(html);
  const staticHtml = html
    .replace(/<script[^>]*type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link[^>]*rel="modulepreload"[^>]*>\s*/g, '')
    .replaceAll('"./', '"../')
    .replaceAll('url(./', 'url(../');
  const plainMarkup = markup.replace(/<!--[\s\S]*?-->/g, '').replace(/<([a-z][a-z0-9]*)\s[^>]*>/g, '<$1>');
  const tree = toTree(markup);

  // Inside the project, so the page resolves this project's react and react-dom.
  const cache = resolve(import.meta.dirname, '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, 'bench-react-'));
  try {
    writeFileSync(join(work, 'tree.json'), JSON.stringify(tree));
    writeFileSync(
      join(work, 'main.js'),
      `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import tree from './tree.json';
const render = (node, key) => (typeof node === 'string' ? node : createElement(node[0], { key }, ...node[1].map(render)));
createRoot(document.getElementById('root')).render(render(tree, 0));
`,
    );
    writeFileSync(
      join(work, 'index.html'),
      page('plain React', `<style>${plainStyle}</style>`, '<div id="root"></div><script type="module" src="./main.js"></script>'),
    );
    await build({
      root: work,
      base: './',
      configFile: false,
      logLevel: 'silent',
      build: { outDir: 'out', target: 'es2022', modulePreload: { polyfill: false } },
    });
    const out = join(work, 'out');
    const pages = new Map([
      ['/bench/static.html', { type: 'text/html; charset=utf-8', body: staticHtml }],
      ['/bench/plain.html', { type: 'text/html; charset=utf-8', body: page('plain', `<style>${plainStyle}</style>`, plainMarkup) }],
      ['/bench/react/index.html', { type: 'text/html; charset=utf-8', body: readFileSync(join(out, 'index.html')) }],
    ]);
    for (const file of readdirSync(join(out, 'assets'))) {
      pages.set(`/bench/react/assets/${file}`, { type: 'text/javascript; charset=utf-8', body: readFileSync(join(out, 'assets', file)) });
    }
    return pages;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
