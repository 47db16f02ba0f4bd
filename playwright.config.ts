import { defineConfig } from '@playwright/test';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';
import { freePort } from './scripts/free-port.mjs';

/** A sub-path like an intranet share's, to prove the build needs no particular base (it is built with base './'). */
const appSubPath = '/intranet/cio-compass/';
// E2E_PORT, or a port free now. Playwright reads this file in the runner and again in every worker: the runner picks
// the port once and leaves it in its environment, which the workers inherit, so all of them reach the same server.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
// E2E_BASE_URL: a server someone else started (scripts/test-nginx.mjs runs the offline and update tests against the
// documented nginx configuration); otherwise the build, served by `vite preview`.
const externalServer = process.env.E2E_BASE_URL;
const appUrl = externalServer ?? `http://127.0.0.1:${port}${appSubPath}`;
// The production build, unless the caller has just built it (E2E_SKIP_BUILD=1). Not type-checked again: `npm test`
// has just done that (`npm run build` does it for a build on its own).
const build = process.env.E2E_SKIP_BUILD === '1' ? '' : 'npm run build:app && ';

// Browser tests: the production build served by `vite preview` at a sub-path, driven in Debian's (or any
// installed) Chromium. Tests wait on what the user sees, never on the clock, so they hold on a busy machine.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Two cores: one worker per core. Any test may go to either worker, so a long file (24 storage-fault runs) is
  // shared between them rather than left to finish alone at the end; no test depends on another's having run.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // The list as it goes; at the end, each spec file's time (tests/e2e/spec-times-reporter.ts).
  reporter: [['list'], ['./tests/e2e/spec-times-reporter.ts']],
  // A bound on a hung test, not a measure of speed (at a load of 27 on two cores a short test took 100 s): long
  // tests and each axe check add their own bound from the work they do.
  timeout: 300_000,
  // A web-first assertion retries until the user would see it; generous, as it costs time only on failure.
  expect: { timeout: 30_000 },
  use: {
    baseURL: appUrl,
    viewport: { width: 1280, height: 900 },
    // The users' time zone, whatever the machine's: "today" and the day a backup was made are Bangkok's. Tests that
    // show a date or a count of days also set the page's clock (tests/e2e/fixtures.ts, `clockAt`).
    timezoneId: 'Asia/Bangkok',
    trace: 'retain-on-failure',
    // The offline worker (decision 019) is tested in its own specs, which allow it; elsewhere it would only cache
    // what a test has just built and hide requests from page.route.
    serviceWorkers: 'block',
    // An action waits until its element can take it; this bounds a hang (a wrong locator), not the machine's speed.
    actionTimeout: 60_000,
    navigationTimeout: 120_000,
    launchOptions: { executablePath: findBrowser(), args: browserArgs },
  },
  webServer: externalServer
    ? undefined
    : {
        command: `${build}vite preview --host 127.0.0.1 --port ${port} --strictPort --base ${appSubPath}`,
        url: appUrl,
        reuseExistingServer: false,
        // Building on a busy two-core machine: a bound on a hang, not a measure of speed.
        timeout: 600_000,
        env: { NODE_ENV: 'production' },
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
