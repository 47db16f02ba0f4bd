// Part of `npm run bench`: the time from a key press that changes a rating to the next paint, on the 31-unit
// CIO Assistant profile, in a production build in Chromium on this machine, at a CPU slowdown; and the same on a
// static copy of that screen (snapshotRatingPage) and on a page with one plain HTML radio group (the floor: what a
// key press and a paint cost this machine at all).

const assessmentId = 'benchmark01';
export const ratingState = {
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

/**
 * In the app's rating screen: the page as it is shown, as static HTML with all its CSS inline (font URLs made
 * absolute) and no script but a few lines that do what a rating changes on screen: the chosen level's style and
 * the status line under the levels. Timing a key press on it gives the browser's own cost of this page (style,
 * layout and paint of the same DOM), with next to no script: the floor for the app's page, where the one plain
 * radio group is the floor for any page.
 */
function staticCopyOfPage() {
  const absolute = (css, base) => css.replace(/url\("([^"]+)"\)/g, (_, url) => `url("${new URL(url, base).pathname}")`);
  const css = [...document.styleSheets]
    .map((sheet) => absolute([...sheet.cssRules].map((rule) => rule.cssText).join('\n'), sheet.href ?? document.baseURI))
    .join('\n');
  const copy = document.documentElement.cloneNode(true);
  for (const element of copy.querySelectorAll('script, link, style, meta[http-equiv]')) element.remove();
  const style = document.createElement('style');
  style.textContent = css;
  copy.querySelector('head').append(style);
  const script = document.createElement('script');
  script.textContent = `document.addEventListener('change', (event) => {
  const item = event.target.closest('fieldset');
  for (const label of item.querySelectorAll('label.level')) label.className = label.contains(event.target) ? 'level level--chosen' : 'level';
  const status = item.querySelector('.rating-item__status');
  if (status) status.textContent = event.target.closest('label').textContent;
});`;
  copy.querySelector('body').append(script);
  return `<!doctype html>\n${copy.outerHTML}`;
}

/** A browser context at the bench's window size whose storage holds the unrated CIO Assistant assessment. */
async function ratingContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((value) => {
    if (!localStorage.getItem('cio-skills-compass')) localStorage.setItem('cio-skills-compass', JSON.stringify(value));
  }, ratingState);
  return context;
}

/** The static copy of the app's rating screen at `appUrl` (see staticCopyOfPage), taken at the bench's window size. */
export async function snapshotRatingPage({ browser, appUrl }) {
  const context = await ratingContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}#/assessments/${assessmentId}`);
    await page.waitForFunction(
      () => document.documentElement.dataset.font === 'sarabun' && document.querySelector('[data-key="unit:DG100"] input[type=radio]'),
    );
    return await page.evaluate(staticCopyOfPage);
  } finally {
    await context.close();
  }
}

/**
 * In the page: records, for every key press, when (ms after the event's time stamp) its listeners started
 * (`input`: the delivery of the key), the DOM was updated (after the last change listener and its microtasks), the
 * next frame began (the animation frame callback) and that frame was painted (a message posted from the callback
 * runs after the frame's style, layout, paint and commit).
 */
function recordKeyToPaint() {
  window.__presses = [];
  let current;
  // After the last change listener and its microtasks: React's own (on the root, inside the document, then its
  // flush), or the radio group's where a group stops the event there (decision 015). Each mark overwrites the last.
  const mark = () => queueMicrotask(() => current && (current.updated = performance.now() - current.start));
  document.addEventListener('change', mark);
  document.addEventListener('change', (event) => event.target.closest('[role=radiogroup]')?.addEventListener('change', mark, { once: true }), {
    capture: true,
  });
  document.addEventListener(
    'keydown',
    (event) => {
      const press = { start: event.timeStamp, input: performance.now() - event.timeStamp };
      current = press;
      window.__presses.push(press);
      requestAnimationFrame(() => {
        press.frame = performance.now() - press.start;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (press.painted = performance.now() - press.start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

/**
 * Opens the CIO Assistant assessment of the app at `appUrl` (or, with `plainUrl`, the floor page), presses arrow
 * keys in the DG100 radio group `presses` times at `cpuSlowdown`, `gap` ms apart (each press on its own, not queued
 * behind the last one's frame), and returns, per press (ms): `latencies`, key press to the next paint; `script`, the
 * key's time stamp to DOM updated (delivery and every listener); `waiting`, DOM updated to the frame's start (the frame clock
 * and anything else queued); `rendering`, the frame's start to painted (style, layout, paint, commit).
 * `script` + `rendering` is the page's own cost, free of the frame clock.
 */
export async function measureRatingLatency({ browser, appUrl, plainUrl, presses = 40, gap = 100, cpuSlowdown = 4 }) {
  const context = await ratingContext(browser);
  try {
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
      await page.waitForTimeout(gap);
      await page.keyboard.press(i % 8 < 4 ? 'ArrowRight' : 'ArrowLeft');
    }
    await page.waitForTimeout(200);
    // The first press (Space, which rates the unrated item) is left out: only arrow keys are compared.
    const list = (await page.evaluate(() => window.__presses)).slice(1).filter((press) => press.painted !== undefined && press.updated !== undefined);
    const finalLevel = await page.locator('[data-key="unit:DG100"] input[type=radio]:checked').getAttribute('value');
    return {
      latencies: list.map((press) => press.painted),
      script: list.map((press) => press.updated),
      waiting: list.map((press) => press.frame - press.updated),
      rendering: list.map((press) => press.painted - press.frame),
      inputDelay: list.map((press) => press.input),
      itemCount,
      finalLevel,
    };
  } finally {
    await context.close();
  }
}
