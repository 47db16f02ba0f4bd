// Shared by `npm run bench` and the browser tests: what happens on the main thread and the network while a page
// loads, in Chromium at a CPU slowdown (CDP Emulation.setCPUThrottlingRate), until the page is settled.

/** Records long tasks (Long Tasks API) and paints from the very start of the page. */
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Resolves once the main thread has been idle for three idle periods in a row (no clock involved). */
function mainThreadQuiet() {
  return new Promise((resolve) => {
    let quiet = 0;
    const check = (deadline) => {
      quiet = deadline.timeRemaining() >= 40 ? quiet + 1 : 0;
      if (quiet >= 3) resolve(undefined);
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}

/**
 * Opens `url` in a fresh page of `context` at `cpuSlowdown`, waits until `ready(page)` resolves, the network is
 * quiet and the main thread idle, then returns the long tasks that started after the first paint and every
 * script fetched (with the bytes it took on the wire).
 */
export async function probeFirstScreen(context, url, { cpuSlowdown = 4, ready = async () => undefined } = {}) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(recordLongTasks);
    const scripts = [];
    page.on('requestfinished', async (request) => {
      if (request.resourceType() !== 'script') return;
      const sizes = await request.sizes().catch(() => null);
      scripts.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize : NaN });
    });
    await page.goto(url);
    await ready(page);
    await page.waitForLoadState('networkidle');
    await page.evaluate(mainThreadQuiet);
    const { firstPaint, tasks } = await page.evaluate(() => {
      const paint = performance.getEntriesByType('paint');
      const first = (paint.find((entry) => entry.name === 'first-contentful-paint') ?? paint[0])?.startTime ?? 0;
      return { firstPaint: first, tasks: window.__longTasks };
    });
    const after = tasks.filter((task) => task.start + task.duration > firstPaint);
    return {
      firstPaint,
      longTasksAfterPaint: after,
      longestAfterPaint: Math.max(0, ...after.map((task) => task.duration)),
      scripts,
      scriptBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    };
  } finally {
    await page.close();
  }
}
