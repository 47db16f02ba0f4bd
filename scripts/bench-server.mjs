// Part of `npm run bench`: serves dist/ with `vite preview` (which gzips, as a real server would), plus the
// benchmark's baseline pages, generated in memory, beside the app.
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';

/**
 * Starts `vite preview` of `root`/dist on `port`, answering the paths in `pages` (path → { type, body }) itself.
 * Resolves to { url, close }; url ends with a slash.
 */
export async function startBenchServer({ root, port, pages }) {
  const server = await preview({
    root,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    plugins: [
      {
        name: 'bench-pages',
        configurePreviewServer(previewServer) {
          previewServer.middlewares.use((request, response, next) => {
            const page = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
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
