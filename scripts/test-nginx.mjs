// The deployment test (decision 019, docs/deploy.md): serves a build with the documented nginx configuration on a
// loopback port, checks every header it promises, then runs the offline and update browser tests against it.
//   node scripts/test-nginx.mjs            the build in dist/ (npm test builds it for the browser tests)
//   node scripts/test-nginx.mjs <folder>   another build, such as a release's app/ folder
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headerPolicyOf } from './deploy-configs.mjs';
import { startNginx } from './serve-nginx.mjs';

const root = resolve(import.meta.dirname, '..');
const appFolder = resolve(process.argv[2] ?? join(root, 'dist'));
const policy = headerPolicyOf(readFileSync(join(appFolder, 'index.html'), 'utf8'));
const noCache = 'no-cache';
const forAYear = 'public, max-age=31536000, immutable';
const assets = readdirSync(join(appFolder, 'assets'));
const firstOf = (pattern) => {
  const name = assets.find((file) => pattern.test(file));
  if (!name) throw new Error(`no asset matches ${pattern}`);
  return `assets/${name}`;
};

/** Every kind of file the app serves: its type, and how long a browser may keep it. */
const expectations = [
  { path: '', type: 'text/html; charset=utf-8', cache: noCache },
  { path: 'index.html', type: 'text/html; charset=utf-8', cache: noCache },
  { path: 'sw.js', type: 'text/javascript; charset=utf-8', cache: noCache },
  { path: 'manifest.webmanifest', type: 'application/manifest+json; charset=utf-8', cache: noCache },
  { path: 'profiles/index.json', type: 'application/json; charset=utf-8', cache: noCache },
  { path: 'icon-192.png', type: 'image/png', cache: noCache },
  { path: 'favicon.svg', type: 'image/svg+xml; charset=utf-8', cache: noCache },
  { path: firstOf(/\.js$/), type: 'text/javascript; charset=utf-8', cache: forAYear },
  { path: firstOf(/\.css$/), type: 'text/css; charset=utf-8', cache: forAYear },
  { path: firstOf(/\.woff2$/), type: 'font/woff2', cache: forAYear },
];

const server = await startNginx({ appFolder });
let failures = 0;
try {
  console.log(`nginx serves ${appFolder} at ${server.url}`);
  for (const { path, type, cache } of expectations) {
    const response = await fetch(server.url + path);
    const headers = response.headers;
    const checks = [
      ['status', String(response.status), '200'],
      ['Content-Type', headers.get('content-type'), type],
      ['Cache-Control', headers.get('cache-control'), cache],
      ['Content-Security-Policy', headers.get('content-security-policy'), policy],
      ['X-Content-Type-Options', headers.get('x-content-type-options'), 'nosniff'],
      ['Referrer-Policy', headers.get('referrer-policy'), 'no-referrer'],
    ];
    for (const [name, got, want] of checks) {
      if (got === want) continue;
      failures += 1;
      console.error(`✘ /${path}: ${name} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }
  if (!policy.includes("frame-ancestors 'none'")) {
    failures += 1;
    console.error("✘ the header policy lacks frame-ancestors 'none'");
  }
  const missing = await fetch(`${server.url}no-such-file.js`);
  if (missing.status !== 404) {
    failures += 1;
    console.error(`✘ a missing file answers ${missing.status}, expected 404`);
  }
  const bare = await fetch(server.url.slice(0, -1), { redirect: 'manual' });
  if (bare.status !== 301 || !bare.headers.get('location')?.endsWith(new URL(server.url).pathname)) {
    failures += 1;
    console.error(`✘ the sub-path without its slash answers ${bare.status} → ${bare.headers.get('location')}, expected 301 to the sub-path`);
  }
  console.log(`headers: ${expectations.length} files, ${expectations.length * 6 + 3} checks, ${failures} failed`);
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
