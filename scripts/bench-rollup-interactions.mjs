// Part of the bench's roll-up section: on a roll-up of N generated people (10,000 by default), the time from a
// filter change, a sort click and a search key to the next paint, as INP counts it (Event Timing: the longest entry
// of the interaction, from the input's time stamp to the paint after its handlers; entries under 16 ms are not
// reported and count as 16), and to the people shown (the people table's status line changed, then a frame), at normal
// CPU speed and at a 4× slowdown; beside a page with the same three controls that change one line of text (the floor:
// what an input and a paint cost this machine at all), measured alternately with the app.
import { chromium } from 'playwright-core';
import { summarise } from './bench-stats.mjs';

const floorPage = `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>floor</title></head><body>
<label for="org-filter-role">บทบาท</label><select id="org-filter-role"><option value="">ทั้งหมด</option><option>MCIO</option><option>DCIO</option><option>CIO Assistant</option></select>
<label for="org-filter-text">ค้นหา</label><input id="org-filter-text" type="search">
<table class="org-people"><thead><tr><th><button type="button" class="org-sort">ความพร้อม</button></th></tr></thead></table>
<p class="org-shown">0</p>
<script>
const shown = document.querySelector('.org-shown');
let count = 0;
for (const [selector, type] of [['select', 'change'], ['input', 'input'], ['button', 'click']]) document.querySelector(selector).addEventListener(type, () => (shown.textContent = String(++count)));
document.documentElement.dataset.ready = 'true';
</script></body></html>`;

/** The floor page, as a bench-server page. */
export function interactionFloorPages() {
  return new Map([['/bench/rollup/floor.html', { type: 'text/html; charset=utf-8', body: Buffer.from(floorPage) }]]);
}

/** In the page: every interaction's longest Event Timing entry, and when the people shown (their section: the status line, the rows, the sorted header) next changed. */
function recordInteractions() {
  window.__interactions = new Map();
  window.__longTasks = [];
  new PerformanceObserver((list) =>
    window.__longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration }))),
  ).observe({
    type: 'longtask',
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const known = window.__interactions.get(entry.interactionId) ?? 0;
      window.__interactions.set(entry.interactionId, Math.max(known, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  window.__shownAt = null;
  new MutationObserver(() => {
    const at = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__shownAt ??= { changed: at, painted: performance.now() });
      channel.port2.postMessage(null);
    });
  }).observe(document.querySelector('section[aria-labelledby="org-people-title"]') ?? document.querySelector('.org-shown'), {
    childList: true,
    characterData: true,
    subtree: true,
    attributes: true,
  });
}

const interactions = {
  /** The role filter, changed by the keyboard on the closed select (a trusted input, as a user's). */
  filter: async (page, run) => {
    await page.locator('#org-filter-role').focus();
    await page.keyboard.press(run % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
  },
  /** A click on the people table's readiness header. */
  sort: async (page) =>
    page
      .locator('.org-people thead')
      .getByRole('button', { name: /^(ความพร้อม|Readiness)(:|$)/ })
      .click(),
  /** One key in the search box (a letter, then Backspace), which changes who is shown. */
  search: async (page, run) => {
    await page.locator('#org-filter-text').focus();
    // A Thai letter is typed (press knows only the keys of a US layout), Backspace pressed.
    if (run % 2 === 0) await page.keyboard.type('ร');
    else await page.keyboard.press('Backspace');
  },
};

async function measure(page, kind, run) {
  await page.evaluate(() => {
    window.__interactions.clear();
    window.__shownAt = null;
    window.__start = performance.now();
  });
  await interactions[kind](page, run);
  // Until the people shown have changed and the page is quiet again.
  await page.waitForFunction(() => window.__shownAt !== null, null, { timeout: 120_000, polling: 50 });
  await page.waitForTimeout(300);
  // The longest task from the input until then (0 when none passed 50 ms): the people shown follow in slices.
  return page.evaluate(() => ({
    inp: Math.max(16, ...window.__interactions.values()),
    shown: window.__shownAt.painted - window.__start,
    longest: Math.max(0, ...window.__longTasks.filter((task) => task.start >= window.__start).map((task) => task.duration)),
  }));
}

/** Measures the three interactions on `url` (a roll-up already shown), `runs` times each, at each CPU rate. */
async function measurePage(page, cdp, runs) {
  const results = {};
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    for (const kind of Object.keys(interactions)) {
      const samples = [];
      for (let run = 0; run < runs; run++) samples.push(await measure(page, kind, run));
      results[`${kind}@${rate}`] = samples;
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return results;
}

/**
 * Opens the roll-up of `folder` at `appUrl`, waits until every part is shown, and measures; then the floor page at
 * `floorUrl`. Returns { ours, floor }: per "kind@rate", the samples { inp, shown } in ms.
 */
export async function benchInteractions({ executablePath, args, appUrl, floorUrl, folder, runs }) {
  const browser = await chromium.launch({ executablePath, args });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(appUrl);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.locator('#org-folder').setInputFiles(folder);
    await page.waitForFunction(() => performance.getEntriesByName('organisation:table-shown').length > 0, null, { timeout: 600_000, polling: 200 });
    // Every part of the screen shown (they follow the table in a transition).
    await page.locator('#org-deadlines-title').waitFor({ timeout: 600_000 });
    await page.waitForTimeout(2000);
    await page.evaluate(recordInteractions);
    const ours = await measurePage(page, cdp, runs);
    const floor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const floorCdp = await floor.context().newCDPSession(floor);
    await floor.goto(floorUrl);
    await floor.evaluate(recordInteractions);
    return { ours, floor: await measurePage(floor, floorCdp, runs) };
  } finally {
    await browser.close();
  }
}

/** Prints the figures of benchInteractions. */
export function printInteractions({ ours, floor }, people) {
  const fmt = (values) => {
    const { median, min, max } = summarise(values);
    return `${median.toFixed(0)} (${min.toFixed(0)}–${max.toFixed(0)})`;
  };
  console.log(
    `\nOrganisation roll-up of ${people} people: input to next paint (Event Timing, INP's measure; < 16 counts as 16) and to the people shown, ms, median (min–max)`,
  );
  console.log('  interaction       ours: to next paint   to people shown       longest task          floor: to next paint  to shown');
  for (const key of Object.keys(ours)) {
    const pick = (samples, field) => samples.map((sample) => sample[field]);
    console.log(
      `  ${key.padEnd(17)} ${fmt(pick(ours[key], 'inp')).padEnd(21)} ${fmt(pick(ours[key], 'shown')).padEnd(21)} ${fmt(pick(ours[key], 'longest')).padEnd(21)} ${fmt(pick(floor[key], 'inp')).padEnd(21)} ${fmt(pick(floor[key], 'shown'))}`,
    );
  }
  const worst = (rate) =>
    Math.max(
      ...Object.entries(ours)
        .filter(([key]) => key.endsWith(`@${rate}`))
        .map(([, samples]) => summarise(samples.map((sample) => sample.inp)).median),
    );
  const longest = (rate) =>
    Math.max(
      ...Object.entries(ours)
        .filter(([key]) => key.endsWith(`@${rate}`))
        .flatMap(([, samples]) => samples.map((sample) => sample.longest)),
    );
  console.log(
    `  goals: every median ≤ 100 ms at 1× ${worst(1) <= 100 ? 'met' : `NOT met (${worst(1).toFixed(0)})`}; ≤ 200 ms at 4× ${worst(4) <= 200 ? 'met' : `NOT met (${worst(4).toFixed(0)})`}; ` +
      `longest task of any run ${longest(1).toFixed(0)} ms at 1× (budget 200 ${longest(1) <= 200 ? 'met' : 'NOT met'}), ${longest(4).toFixed(0)} ms at 4×`,
  );
}
