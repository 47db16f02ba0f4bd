// The deployment test (decision 019, docs/deploy.md): serves a build with the documented nginx configuration on a
// loopback port, checks every header it promises, then runs the offline and update browser tests against it.
//   node scripts/test-nginx.mjs            the build in dist/ (npm test builds it for the browser tests)
//   node scripts/test-nginx.mjs <folder>   another build, such as a release's app/ folder
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { checkServedHeaders } from './check-headers.mjs';
import { startNginx } from './serve-nginx.mjs';

const root = resolve(import.meta.dirname, '..');
const appFolder = resolve(process.argv[2] ?? join(root, 'dist'));
const server = await startNginx({ appFolder });
let failures = 0;
try {
  console.log(`nginx serves ${appFolder} at ${server.url}`);
  const problems = await checkServedHeaders(server.url, appFolder);
  for (const problem of problems) console.error(`✘ ${problem}`);
  failures += problems.length;
  if (failures === 0) {
    execFileSync(join(root, 'node_modules/.bin/playwright'), ['test', '--workers', '1', 'tests/e2e/offline.spec.ts', 'tests/e2e/update.spec.ts'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: server.url, E2E_APP_LINK: server.appLink },
    });
  }
} catch (error) {
  failures += 1;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await server.stop();
}
process.exit(failures === 0 ? 0 : 1);
