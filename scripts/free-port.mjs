// A TCP port that nothing on 127.0.0.1 listens on right now: the operating system's choice (port 0). The browser
// tests serve the build on it when E2E_PORT is not set, so another project's server on 4173 does not stop them.
import { createServer } from 'node:net';

/** Resolves to a port free on 127.0.0.1 at the time of asking. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
