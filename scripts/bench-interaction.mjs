// Part of `npm run bench`: the time from a key press that changes a rating to the next paint, on the 31-unit
// CIO Assistant profile, in a production build in Chromium on this machine, at a CPU slowdown; and the same on a
// page with one plain HTML radio group (the floor: what a key press and a paint cost this machine at all).

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

/** The floor page: one radio group marked up as the app marks up an item, no script, no web font. */
export const radiosPage = `<!doctype html>
<html lang="th"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>radios</title></head>
<body><fieldset data-key="unit:DG100"><legend>DG100</legend><div role="radiogroup">${[0, 1, 2, 3, 4]
  .map((level) => `<label><input type="radio" name="DG100" value="${level}" /> ${level}</label>`)
  .join('')}</div><p>ระดับ</p></fieldset></body></html>`;

/** In the page: records, for every key press, the time from the event to the task after the next frame. */
function recordKeyToPaint() {
  window.__latencies = [];
  window.__processing = [];
  window.__inputDelay = [];
  let lastKeydown = 0;
  // After React's own listener (on the root, inside the document) and its microtask flush: the DOM is updated.
  document.addEventListener('change', () => queueMicrotask(() => window.__processing.push(performance.now() - lastKeydown)));
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      lastKeydown = performance.now();
      window.__inputDelay.push(lastKeydown - start);
      // The animation frame callback runs before the frame is drawn; a message posted from it runs after.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__latencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

/**
 * Opens the CIO Assistant assessment of the app at `appUrl` (or, with `plainUrl`, the floor page), presses arrow
 * keys in the DG100 radio group `presses` times at `cpuSlowdown`, and returns each key-to-next-paint time (ms).
 */
export async function measureRatingLatency({ browser, appUrl, plainUrl, presses = 40, cpuSlowdown = 4 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript((value) => {
      if (!localStorage.getItem('cio-skills-compass')) localStorage.setItem('cio-skills-compass', JSON.stringify(value));
    }, state);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(plainUrl ?? `${appUrl}#/assessments/${assessmentId}`);
    const radios = page.locator('[data-key="unit:DG100"] input[type=radio]');
    // A loaded machine at 4× slowdown can take a while to open the screen; the timing starts after.
    await radios.first().waitFor({ timeout: 120_000 });
    const itemCount = await page.locator('[data-key]').count();
    await page.evaluate(recordKeyToPaint);
    await radios.first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(i % 8 < 4 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(200);
    const { latencies, processing, inputDelay } = await page.evaluate(() => ({
      latencies: window.__latencies.slice(1),
      processing: window.__processing.slice(1),
      inputDelay: window.__inputDelay.slice(1),
    }));
    const finalLevel = await page.locator('[data-key="unit:DG100"] input[type=radio]:checked').getAttribute('value');
    return { latencies, processing, inputDelay, itemCount, finalLevel };
  } finally {
    await context.close();
  }
}
