// Part of `npm run bench`: how many key presses it takes to rate a whole DCIO profile (61 items) from the
// keyboard alone, counted in the production build, two ways:
// - "Tab and arrows": what any form allows: Tab to the item's radio group, Space or arrow keys to choose,
//   then Tab past the item's other fields to the next one;
// - "shortcuts": the rating screen's own keys (a digit or N/S/Y rates the item in focus and moves on; U goes
//   to the next unrated item).
// Both runs rate the same varied plan (every level and status) and check that the store holds it.
// Run alone after a build: `node scripts/bench-keyboard.mjs`.
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './find-browser.mjs';

const assessmentId = 'keyboard01';
const storageKey = 'cio-skills-compass';
const statuses = ['none', 'some', 'yes'];

function emptyDcioAssessment() {
  return {
    state: {
      language: 'th',
      currentAssessmentId: assessmentId,
      assessments: {
        [assessmentId]: {
          id: assessmentId,
          profileId: 'dcio',
          appointee: { name: 'Keyboard', position: 'DCIO', agency: 'Benchmark', appointedOn: '2025-10-01', assessedOn: '2026-11-27' },
          ratings: {},
          experience: {},
          createdAt: '2026-11-27T00:00:00.000Z',
          updatedAt: '2026-11-27T00:00:00.000Z',
        },
      },
    },
    version: 2,
  };
}

/** What each item gets: levels 0–4 and statuses none/some/yes in turn. */
function planFor(key, index) {
  return key.startsWith('experience:') ? { status: statuses[index % 3] } : { level: index % 5 };
}

async function openEmptyAssessment(browser, appUrl) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(appUrl);
  await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify(value)), [storageKey, emptyDcioAssessment()]);
  await page.goto(`${appUrl}#/assessments/${assessmentId}`);
  // A bound on a hang on a busy machine, not a measure of speed.
  await page.waitForSelector('[data-key] input[type=radio]', { timeout: 180_000 });
  const keys = await page.$$eval('[data-key]', (items) => items.map((item) => item.dataset.key));
  return { page, keys, plans: new Map(keys.map((key, index) => [key, planFor(key, index)])) };
}

function focusedItem(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return { key: element?.closest('[data-key]')?.dataset.key ?? null, radio: element?.getAttribute('type') === 'radio' };
  });
}

/** Tab to each item's radio group, then Space (first choice) or ArrowRight n times (n-th choice). */
async function rateByTabAndArrows(page, keys, plans) {
  let presses = 0;
  const press = async (key) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  const done = new Set();
  while (done.size < keys.length) {
    if (presses > keys.length * 30) throw new Error(`Tab and arrows: stuck after ${done.size} items`);
    await press('Tab');
    const focus = await focusedItem(page);
    if (!focus.radio || !focus.key || done.has(focus.key)) continue;
    done.add(focus.key);
    const plan = plans.get(focus.key);
    const steps = plan.level ?? statuses.indexOf(plan.status);
    if (steps === 0) await press('Space');
    for (let i = 0; i < steps; i++) await press('ArrowRight');
  }
  return presses;
}

const shortcutFor = { none: 'n', some: 's', yes: 'y' };

/** U to the first unrated item, then one key an item: the digit of its level, or N/S/Y. */
async function rateByShortcuts(page, keys, plans) {
  let presses = 0;
  await page.keyboard.press('u');
  presses += 1;
  for (let index = 0; index < keys.length; index++) {
    const focus = await focusedItem(page);
    if (focus.key !== keys[index]) throw new Error(`shortcuts: expected the focus on ${keys[index]}, found ${focus.key}`);
    const plan = plans.get(focus.key);
    await page.keyboard.press(plan.level !== undefined ? String(plan.level) : shortcutFor[plan.status]);
    presses += 1;
  }
  return presses;
}

/**
 * The last rating is written one frame after it is painted (decision 015), so storage read straight after the last
 * key press lacks it: wait until storage holds it, as the browser tests wait on the store's write. The whole state
 * is written at once, so then it holds every rating made before. The bound is a hang's, not a measure of speed; at
 * the bound the check below says what is missing.
 */
async function waitForLastWrite(page, keys, plans) {
  const last = keys[keys.length - 1];
  const value = plans.get(last).level ?? plans.get(last).status;
  await page
    .waitForFunction(
      ([key, id, itemKey, expected]) => {
        const assessment = JSON.parse(localStorage.getItem(key) ?? '{}').state?.assessments?.[id];
        const stored = itemKey.startsWith('experience:')
          ? assessment?.experience?.[itemKey.slice('experience:'.length)]?.status
          : assessment?.ratings?.[itemKey]?.level;
        return stored === expected;
      },
      [storageKey, assessmentId, last, value],
      { timeout: 30_000 },
    )
    .catch(() => undefined);
}

async function checkStored(page, keys, plans) {
  await waitForLastWrite(page, keys, plans);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), storageKey);
  const assessment = stored.state.assessments[assessmentId];
  for (const key of keys) {
    const plan = plans.get(key);
    const actual = key.startsWith('experience:') ? assessment.experience[key.slice('experience:'.length)]?.status : assessment.ratings[key]?.level;
    if (actual !== (plan.level ?? plan.status)) throw new Error(`${key}: expected ${plan.level ?? plan.status}, stored ${actual}`);
  }
}

/** Key presses to rate every item of the DCIO profile, for each way; null for a way the build does not offer. */
export async function measureKeyPresses({ appUrl, executablePath }) {
  const browser = await chromium.launch({ executablePath, args: browserArgs });
  const results = {};
  try {
    for (const [name, rate] of [
      ['tabAndArrows', rateByTabAndArrows],
      ['shortcuts', rateByShortcuts],
    ]) {
      const { page, keys, plans } = await openEmptyAssessment(browser, appUrl);
      try {
        const presses = await rate(page, keys, plans);
        await checkStored(page, keys, plans);
        results[name] = { items: keys.length, presses, perItem: presses / keys.length };
      } catch (error) {
        results[name] = { items: keys.length, presses: null, perItem: null, error: String(error.message ?? error) };
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** Prints the figures (shared by bench.mjs and a run of this file alone). */
export function printKeyPresses(results) {
  console.log(
    `\nRating a whole DCIO profile from the keyboard (${results.tabAndArrows.items} items; every level and status used; goal at most 2 presses an item)`,
  );
  for (const [name, label] of [
    ['tabAndArrows', 'Tab and arrows'],
    ['shortcuts', 'shortcuts (digit / N S Y, U)'],
  ]) {
    const r = results[name];
    console.log(r.presses === null ? `  ${label}: not possible (${r.error})` : `  ${label}: ${r.presses} presses, ${r.perItem.toFixed(2)} per item`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { startBenchServer } = await import('./bench-server.mjs');
  const { resolve } = await import('node:path');
  const server = await startBenchServer({ root: resolve(import.meta.dirname, '..'), port: Number(process.env.BENCH_PORT ?? 4350), pages: new Map() });
  try {
    printKeyPresses(await measureKeyPresses({ appUrl: server.url, executablePath: findBrowser() }));
  } finally {
    await server.close();
  }
}
