// The benchmark's server: Vite's own preview server (what `npm run preview` and the browser tests use), started
// in this process on a free port of 127.0.0.1, serving the built dist/ plus any generated pages `routes` holds.
import { preview } from 'vite';

/**
 * Serves dist/ at http://127.0.0.1:<free port>/. `routes` maps extra file names to generated responses
 * `{ type, body }`. Resolves to { url, close }.
 */
export async function startPreviewServer({ root, routes = {} }) {
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, open: false },
    plugins: [
      {
        name: 'generated-routes',
        configurePreviewServer(previewServer) {
          previewServer.middlewares.use((request, response, next) => {
            const generated = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1)];
            if (!generated) return next();
            response.writeHead(200, { 'content-type': generated.type, 'cache-control': 'no-cache' }).end(generated.body);
          });
        },
      },
    ],
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
