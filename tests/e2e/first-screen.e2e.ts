import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { probeFirstScreen, type FirstScreenProbe } from '../../scripts/first-screen-probe.mjs';
import { setUpAppBrowser } from './harness';

const openApp = setUpAppBrowser({ viewport: { width: 412, height: 823 } });

// Timing on a shared two-core machine: other work stretches tasks, so a task of 10 ms (40 ms at 4×) can be seen
// at 60–90 ms under load. The goal, no task over 50 ms, is printed; the test fails only when every one of five
// loads has a task over 100 ms, which a real regression does (before issue 13: 131–963 ms in every load) and
// load alone rarely does. `npm run bench` gives the figures.
const loads = 5;
const goal = 50;
const failAt = 100;

/** The gzip size of a script the browser fetched, read from dist/ (the test server may not compress). */
function gzipBytes(url: string): number {
  const path = new URL(url).pathname.replace(/^.*\/assets\//, 'dist/assets/');
  return gzipSync(readFileSync(path)).length;
}

describe('the first screen on a slow phone (4× CPU slowdown)', () => {
  it('fetches at most 100 KB of script before any user action, and runs no task over 100 ms after its first paint (goal 50 ms)', { timeout: 180_000 }, async () => {
    const results: FirstScreenProbe[] = [];
    for (let load = 0; load < loads; load++) {
      // A fresh context each time: nothing cached, as on a first visit.
      const app = await openApp();
      const result = await probeFirstScreen(app.context, app.url(), {
        cpuSlowdown: 4,
        ready: (page) => page.waitForFunction(() => document.documentElement.dataset.ready === 'true'),
      });
      results.push(result);
      // Every script the browser fetched until the network was quiet, at its gzip size.
      const sizes = result.scripts.map((script) => ({ url: script.url, gzip: gzipBytes(script.url) }));
      const total = sizes.reduce((sum, script) => sum + script.gzip, 0);
      expect(total, sizes.map((script) => `${script.url} ${script.gzip}`).join('\n')).toBeLessThanOrEqual(100 * 1024);
      if (result.longTasksAfterPaint.length === 0) break;
    }
    const longTasks = results.map((result) => result.longTasksAfterPaint.map((task) => Math.round(task.duration)));
    if (!longTasks.some((tasks) => tasks.length === 0)) {
      console.log(`First screen at 4×: a task over ${goal} ms after the first paint in each of ${loads} loads (a busy machine?): ${JSON.stringify(longTasks)}`);
    }
    const under = (tasks: number[]) => tasks.every((duration) => duration <= failAt);
    expect(longTasks.some(under), `a task over ${failAt} ms after the first paint in each of ${loads} loads: ${JSON.stringify(longTasks)}`).toBe(true);
  });
});
