// Part of `npm run bench`: serves dist/ with `vite preview` (which gzips, as a real server would), plus the
// benchmark's baseline pages, generated in memory, and other builds of the app, mounted under a path of their own.
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file a mounted build answers `pathname` with ({ type, body }), or undefined. */
function mountedFile(mounts, pathname) {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = join(dir, normalize(`/${pathname.slice(prefix.length) || 'index.html'}`));
    const path = file.endsWith('/') ? join(file, 'index.html') : file;
    try {
      if (!statSync(path).isFile()) return undefined;
    } catch {
      return undefined;
    }
    return { type: types[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) };
  }
  return undefined;
}

/**
 * Starts `vite preview` of `root`/dist on `port`, answering the paths in `pages` (path → { type, body }) itself,
 * and the paths under each prefix of `mounts` (prefix → directory, e.g. '/baseline/' → another build's dist) from
 * that directory. Resolves to { url, close }; url ends with a slash.
 */
export async function startBenchServer({ root, port, pages, mounts = {} }) {
  const server = await preview({
    root,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    plugins: [
      {
        name: 'bench-pages',
        configurePreviewServer(previewServer) {
          previewServer.middlewares.use((request, response, next) => {
            const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
            const page = pages.get(pathname) ?? mountedFile(mounts, pathname);
            if (!page) return next();
            // Gzipped like the app's own files, so every page pays the same for its bytes.
            const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
            const headers = { 'content-type': page.type, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) };
            response.writeHead(200, headers).end(gzip ? gzipSync(page.body) : page.body);
          });
        },
      },
    ],
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
