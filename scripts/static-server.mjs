// A small static file server for the built app, used by `npm run preview`, the browser tests and the benchmark.
// It serves one folder under an optional sub-path (to prove the build works from any sub-path), on 127.0.0.1 only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root` at http://127.0.0.1:<port><basePath>. `routes` maps extra paths
 * (relative to basePath) to generated responses `{ type, body }`. Resolves to { url, close }.
 */
export function startStaticServer({ root, basePath = '/', port = 0, routes = {} }) {
  const rootDir = resolve(root);
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const generated = routes[relative];
    if (generated) {
      response.writeHead(200, { 'content-type': generated.type, 'cache-control': 'no-cache' }).end(generated.body);
      return;
    }
    const filePath = normalize(join(rootDir, relative));
    if (!filePath.startsWith(rootDir + sep) || !existsSync(filePath) || !statSync(filePath).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const immutable = relative.startsWith('assets/');
    response.writeHead(200, {
      'content-type': types[extname(filePath)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(filePath).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}${prefix}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
