import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { probeFirstScreen, type FirstScreenProbe } from '../../scripts/first-screen-probe.mjs';
import { expect, test } from './fixtures';

// Timing on a shared two-core machine: other work stretches tasks, so a task of 10 ms (40 ms at 4×) can be seen
// at 60–90 ms under load. The goal, no task over 50 ms, is printed; the test fails only when every one of five
// loads has a task over 100 ms, which a real regression does (before issue 13: 131–963 ms in every load) and
// load alone rarely does. `npm run bench` gives the figures.
const loads = 5;
const goal = 50;
const failAt = 100;

/** The gzip size of a script the browser fetched, read from dist/. */
function gzipBytes(url: string): number {
  const path = new URL(url).pathname.replace(/^.*\/assets\//, 'dist/assets/');
  return gzipSync(readFileSync(path)).length;
}

test('the first screen at 4× CPU slowdown fetches at most 100 KB of script before any user action, and runs no task over 100 ms after its first paint (goal 50 ms)', async ({ browser, baseURL }) => {
  test.slow();
  const results: FirstScreenProbe[] = [];
  for (let load = 0; load < loads; load++) {
    // A fresh context each time: nothing cached, as on a first visit.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    try {
      const result = await probeFirstScreen(context, baseURL ?? '', {
        cpuSlowdown: 4,
        ready: (page) => expect(page.locator('html')).toHaveAttribute('data-ready', 'true'),
      });
      results.push(result);
      // Every script the browser fetched until the network was quiet, at its gzip size.
      const sizes = result.scripts.map((script) => ({ url: script.url, gzip: gzipBytes(script.url) }));
      const total = sizes.reduce((sum, script) => sum + script.gzip, 0);
      expect(total, sizes.map((script) => `${script.url} ${script.gzip}`).join('\n')).toBeLessThanOrEqual(100 * 1024);
      if (result.longTasksAfterPaint.length === 0) break;
    } finally {
      await context.close();
    }
  }
  const longTasks = results.map((result) => result.longTasksAfterPaint.map((task) => Math.round(task.duration)));
  if (!longTasks.some((tasks) => tasks.length === 0)) {
    test.info().annotations.push({ type: `tasks over ${goal} ms after the first paint, every load (a busy machine?)`, description: JSON.stringify(longTasks) });
  }
  const under = (tasks: number[]) => tasks.every((duration) => duration <= failAt);
  expect(longTasks.some(under), `a task over ${failAt} ms after the first paint in each of ${loads} loads: ${JSON.stringify(longTasks)}`).toBe(true);
});
