import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { probeFirstScreen } from '../../scripts/first-screen-probe.mjs';
import { expect, test } from './fixtures';

// Bytes only. How long the main thread is busy after the first paint (the "no task over 50 ms at 4×") is
// a figure of the machine as much as of the app: on this shared two-core machine the same build shows 0 to 160 ms.
// The guide puts timing in the benchmark, never in a test: `npm run bench` prints the long tasks after the first
// paint, median and spread over five loads, beside a static page and the previous build, measured with this same
// probe.
/** The gzip size of a script the browser fetched, read from dist/. */
function gzipBytes(url: string): number {
  const path = new URL(url).pathname.replace(/^.*\/assets\//, 'dist/assets/');
  return gzipSync(readFileSync(path)).length;
}

test('the first screen fetches at most 100 KB of script (gzip) before any user action', async ({ browser, baseURL }) => {
  // A fresh context: nothing cached, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const result = await probeFirstScreen(context, baseURL ?? '', {
      cpuSlowdown: 1,
      ready: (page) => expect(page.locator('html')).toHaveAttribute('data-ready', 'true'),
    });
    // Every script the browser fetched until the network was quiet, at its gzip size.
    const sizes = result.scripts.map((script) => ({ url: script.url, gzip: gzipBytes(script.url) }));
    expect(sizes.length).toBeGreaterThan(0);
    const total = sizes.reduce((sum, script) => sum + script.gzip, 0);
    expect(total, sizes.map((script) => `${script.url} ${script.gzip}`).join('\n')).toBeLessThanOrEqual(100 * 1024);
  } finally {
    await context.close();
  }
});
