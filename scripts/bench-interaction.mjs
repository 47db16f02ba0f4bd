// Part of `npm run bench`: the time from a key press that changes a rating to the next paint, on the 31-unit
// CIO Assistant profile, in the production build in Chromium on this machine, at a CPU slowdown.

const assessmentId = 'benchmark01';
const state = {
  state: {
    language: 'th',
    currentAssessmentId: assessmentId,
    assessments: {
      [assessmentId]: {
        id: assessmentId,
        title: 'Benchmark',
        profileId: 'cio-assistant',
        appointee: { name: '', position: 'Benchmark', agency: 'Benchmark', appointedOn: '2025-10-01', assessedOn: '2026-11-27' },
        ratings: {},
        experience: {},
        createdAt: '2026-11-27T00:00:00.000Z',
        updatedAt: '2026-11-27T00:00:00.000Z',
      },
    },
  },
  version: 2,
};

/** Presses arrow keys in the DG100 radio group `presses` times and returns each key-to-next-paint time (ms). */
export async function measureRatingLatency({ browser, appUrl, presses = 80, cpuSlowdown = 4 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(appUrl);
    await page.evaluate((value) => localStorage.setItem('cio-skills-compass', JSON.stringify(value)), state);
    await page.goto(`${appUrl}#/assessments/${assessmentId}`);
    await page.waitForSelector('[data-key="unit:DG100"] input[type=radio]');
    const itemCount = await page.locator('[data-key]').count();
    await page.evaluate(() => {
      window.__latencies = [];
      window.__processing = [];
      window.__slowEvents = [];
      let lastKeydown = 0;
      window.__inputDelay = [];
      // After React's own listener (on the root, inside the document) and its microtask flush: the DOM is updated.
      // React flushes the update in a microtask queued during its handler; ours is queued after it.
      document.addEventListener('change', () => queueMicrotask(() => window.__processing.push(performance.now() - lastKeydown)));
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'keydown') window.__slowEvents.push(entry.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          lastKeydown = performance.now();
          window.__inputDelay.push(lastKeydown - start);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => window.__latencies.push(performance.now() - start);
            channel.port2.postMessage(null);
          });
        },
        { capture: true },
      );
    });
    await page.locator('[data-key="unit:DG100"] input[type=radio]').first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(i % 8 < 4 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(200);
    const { latencies, processing, inputDelay, slowEvents } = await page.evaluate(() => ({
      latencies: window.__latencies.slice(1),
      processing: window.__processing.slice(1),
      inputDelay: window.__inputDelay.slice(1),
      slowEvents: window.__slowEvents,
    }));
    const level = await page.locator('[data-key="unit:DG100"] input[type=radio]:checked').getAttribute('value');
    return { latencies, processing, inputDelay, slowEvents, itemCount, finalLevel: level };
  } finally {
    await context.close();
  }
}
