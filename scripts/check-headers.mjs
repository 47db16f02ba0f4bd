// The headers every documented server configuration promises (docs/deploy.md), checked on a running server: the
// deployment test runs it against nginx (scripts/test-nginx.mjs) and, where Apache httpd is installed, against
// Apache (scripts/test-apache.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerPolicyOf } from './deploy-configs.mjs';

/** Checks the app in `appFolder`, served at `url` (ending in "/"); resolves to the failures, as lines to print. */
export async function checkServedHeaders(url, appFolder) {
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
  const failures = [];
  for (const { path, type, cache } of expectations) {
    const response = await fetch(url + path);
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
      if (got !== want) failures.push(`/${path}: ${name} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }
  if (!policy.includes("frame-ancestors 'none'")) failures.push("the header policy lacks frame-ancestors 'none'");
  const missing = await fetch(`${url}no-such-file.js`);
  if (missing.status !== 404) failures.push(`a missing file answers ${missing.status}, expected 404`);
  // A file missing under assets/ (met mid-deploy) must not be cached for a year.
  const missingAsset = await fetch(`${url}assets/no-such-file.js`);
  if (missingAsset.status !== 404 || missingAsset.headers.get('cache-control')?.includes('immutable')) {
    failures.push(
      `a missing asset answers ${missingAsset.status} with Cache-Control ${JSON.stringify(missingAsset.headers.get('cache-control'))}, expected 404 not cached for long`,
    );
  }
  // The browser's update check is never answered "not modified" from the file's date and size.
  const worker = await fetch(`${url}sw.js`);
  const conditional = await fetch(`${url}sw.js`, {
    headers: { 'If-None-Match': worker.headers.get('etag') ?? '"x"', 'If-Modified-Since': worker.headers.get('last-modified') ?? new Date(0).toUTCString() },
  });
  if (conditional.status !== 200)
    failures.push(`sw.js asked with its own ETag and date answers ${conditional.status}, expected 200 (the update check compares bytes)`);
  const bare = await fetch(url.slice(0, -1), { redirect: 'manual' });
  if (![301, 302].includes(bare.status) || !bare.headers.get('location')?.endsWith(new URL(url).pathname)) {
    failures.push(`the sub-path without its slash answers ${bare.status} → ${bare.headers.get('location')}, expected a redirect to the sub-path`);
  }
  console.log(`headers: ${expectations.length} files, ${expectations.length * 6 + 5} checks, ${failures.length} failed`);
  return failures;
}
