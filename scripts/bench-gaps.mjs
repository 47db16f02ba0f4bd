// Part of `npm run bench`: from the click on the gap screen link to all three charts painted, at a CPU slowdown,
// on the first visit (nothing cached, optionally on a slow network) and on a later visit (chunks in the cache).
import { completeAssistantAssessment } from './assistant-assessment.mjs';

/** In the page: resolves with the time from the link's click to the frame after the three charts are in the DOM, and the long tasks meanwhile. */
function timeClickToCharts() {
  return new Promise((resolve) => {
    const tasks = [];
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
    let clickedAt = 0;
    document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
    const done = () => {
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => setTimeout(() => resolve({ ms: performance.now() - clickedAt, tasks }), 0);
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(() => {
      // The radar and the bars are recharts (an SVG once sized), the deadline timeline a plain SVG.
      if ([...document.querySelectorAll('[data-chart]')].filter((chart) => chart.querySelector('svg')).length >= 3) done();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/**
 * One visit: opens the assessment, hovers the gap screen link for `hoverMs` (as a person would before clicking),
 * clicks, and returns { ms, tasks } (tasks: long task durations between click and charts).
 */
async function visit(page, appUrl, { hoverMs }) {
  await page.goto(`${appUrl}#/assessments/assistant01`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const link = page.locator('a[href$="/gaps"]').first();
  await link.waitFor();
  const timing = page.evaluate(timeClickToCharts);
  await link.hover();
  await page.waitForTimeout(hoverMs);
  await link.click();
  return timing;
}

/**
 * Runs `runs` pairs of visits (first, then cached) in fresh contexts of `browser` at `cpuSlowdown`; `network`
 * (CDP Network.emulateNetworkConditions) applies to the first visit only. Resolves to { first: [...], cached: [...] }.
 */
export async function measureGapScreen({ browser, appUrl, runs = 5, cpuSlowdown = 4, hoverMs = 300, network }) {
  const first = [];
  const cached = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.addInitScript((value) => {
        if (!localStorage.getItem('cio-skills-compass')) localStorage.setItem('cio-skills-compass', JSON.stringify(value));
      }, completeAssistantAssessment());
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      first.push(await visit(page, appUrl, { hoverMs }));
      if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      cached.push(await visit(page, appUrl, { hoverMs }));
    } finally {
      await context.close();
    }
  }
  return { first, cached };
}
