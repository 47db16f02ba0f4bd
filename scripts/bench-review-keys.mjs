// Part of `npm run bench` (the "keys" part): the reviewer's screen driven from the keyboard in the production build,
// beside the appointee's rating screen in the same run as the baseline (issue 26 point 6):
// - an appointee exports a review request for a whole DCIO profile (61 items) with their self-ratings and notes;
// - a reviewer, in a browser of their own, opens it and rates every item with the shortcuts (U to the first unrated
//   item, then a digit or N/S/Y an item), and the draft kept in storage must hold every rating;
// - the appointee rates the same profile the same way on their own screen;
// - the height of both pages at 375 px, every item laid out (content-visibility off), so the figure is the page the
//   user scrolls through, not the browser's guess for items off screen.
// Run alone after a build: `node scripts/bench-review-keys.mjs`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './find-browser.mjs';

const assessmentId = 'reviewkeys1';
const storageKey = 'cio-skills-compass';
const draftPrefix = 'cio-skills-compass:review-draft';
const statuses = ['none', 'some', 'yes'];
const shortcutFor = { none: 'n', some: 's', yes: 'y' };

/** A DCIO assessment with a self-rating and a note on every third item, so the request carries some of both. */
function appointeeState(keys) {
  const ratings = {};
  const experience = {};
  keys.forEach((key, index) => {
    if (index % 3 !== 0) return;
    if (key.startsWith('experience:')) experience[key.slice('experience:'.length)] = { status: statuses[(index + 1) % 3], note: `note ${index}` };
    else ratings[key] = { level: (index + 2) % 5, note: `note ${index}` };
  });
  return {
    state: {
      language: 'th',
      currentAssessmentId: assessmentId,
      assessments: {
        [assessmentId]: {
          id: assessmentId,
          profileId: 'dcio',
          appointee: { name: 'Keyboard', position: 'DCIO', agency: 'Benchmark', appointedOn: '2025-10-01', assessedOn: '2026-11-27' },
          ratings,
          experience,
          createdAt: '2026-11-27T00:00:00.000Z',
          updatedAt: '2026-11-27T00:00:00.000Z',
        },
      },
    },
    version: 2,
  };
}

/** What each item gets: levels 0–4 and statuses none/some/yes in turn. */
const planFor = (key, index) => (key.startsWith('experience:') ? { status: statuses[index % 3] } : { level: index % 5 });

async function withState(page, appUrl, state, hash) {
  await page.goto(appUrl);
  await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify(value)), [storageKey, state]);
  await page.goto(`${appUrl}${hash}`);
}

/** The profile's item keys in screen order, read from the appointee's own rating screen. */
async function profileKeys(browser, appUrl) {
  const page = await browser.newPage();
  await withState(page, appUrl, appointeeState([]), `#/assessments/${assessmentId}`);
  await page.waitForSelector('[data-key] input[type=radio]', { timeout: 180_000 });
  const keys = await page.$$eval('[data-key]', (items) => items.map((item) => item.dataset.key));
  await page.close();
  return keys;
}

/** The appointee exports a request with their self-ratings; returns the file's path. */
async function exportRequest(browser, appUrl, keys) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await withState(page, appUrl, appointeeState(keys), `#/assessments/${assessmentId}/reviews`);
  await page.getByLabel('ให้ผู้ประเมินเห็นระดับที่ฉันประเมินตนเอง').check({ timeout: 180_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกคำขอให้ประเมิน' }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'bench-review-')), 'request.json');
  await download.saveAs(path);
  await context.close();
  return path;
}

async function openReview(browser, appUrl, requestPath, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${appUrl}#/review`);
  await page.getByLabel('เลือกไฟล์คำขอให้ประเมิน (.json)').setInputFiles(requestPath, { timeout: 180_000 });
  await page.getByRole('button', { name: 'ส่งออกผลการประเมิน' }).waitFor({ timeout: 180_000 });
  // The items load once the request is open (the radios; the drop-down lists of the builds before issue 26).
  await page.locator('[data-key] input[type=radio], .review-items select').first().waitFor({ timeout: 180_000 });
  return { context, page };
}

/** The page's height with every item laid out. */
async function fullHeight(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        // Through the CSSOM: the page's content security policy refuses a style element.
        for (const element of document.querySelectorAll('body *'))
          if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
        requestAnimationFrame(() => done(document.documentElement.scrollHeight));
      }),
  );
}

const focusedKey = (page) => page.evaluate(() => document.activeElement?.closest('[data-key]')?.dataset.key ?? null);

/** U to the first unrated item, then one key an item. */
async function rateByShortcuts(page, keys, plans) {
  let presses = 1;
  await page.keyboard.press('u');
  for (const key of keys) {
    const focus = await focusedKey(page);
    if (focus !== key) throw new Error(`expected the focus on ${key}, found ${focus}`);
    const plan = plans.get(key);
    await page.keyboard.press(plan.level !== undefined ? String(plan.level) : shortcutFor[plan.status]);
    presses += 1;
  }
  return presses;
}

/** What the storage holds for `key`: the reviewer's draft (any draft key) or the appointee's assessment. */
function storedValue(page, key, where) {
  return page.evaluate(
    ([itemKey, place, stateKey, prefix, id]) => {
      const read = (text) => JSON.parse(text ?? '{}');
      const experienceId = itemKey.startsWith('experience:') ? itemKey.slice('experience:'.length) : null;
      const pick = (holder) => (experienceId ? holder?.experience?.[experienceId]?.status : holder?.ratings?.[itemKey]?.level);
      if (place === 'assessment') return pick(read(localStorage.getItem(stateKey)).state?.assessments?.[id]);
      const drafts = Object.keys(localStorage)
        .filter((name) => name.startsWith(prefix))
        .map((name) => read(localStorage.getItem(name)));
      return drafts.map(pick).find((value) => value !== undefined);
    },
    [key, where, storageKey, draftPrefix, assessmentId],
  );
}

async function checkStored(page, keys, plans, where) {
  const last = keys[keys.length - 1];
  const expected = (key) => plans.get(key).level ?? plans.get(key).status;
  // The last press is written after its frame (decision 015): wait for it (a hang's bound, not a measure).
  for (let tries = 0; tries < 100 && (await storedValue(page, last, where)) !== expected(last); tries++) await page.waitForTimeout(50);
  for (const key of keys) {
    const actual = await storedValue(page, key, where);
    if (actual !== expected(key)) throw new Error(`${key}: expected ${expected(key)}, stored ${actual}`);
  }
}

async function measure(name, run) {
  try {
    return await run();
  } catch (error) {
    return { presses: null, perItem: null, error: `${name}: ${String(error.message ?? error).split('\n')[0]}` };
  }
}

/** Key presses an item on the reviewer's screen and the appointee's, and both pages' heights at 375 px. */
export async function measureReviewKeys({ appUrl, executablePath }) {
  const browser = await chromium.launch({ executablePath, args: browserArgs });
  try {
    const keys = await profileKeys(browser, appUrl);
    const plans = new Map(keys.map((key, index) => [key, planFor(key, index)]));
    const requestPath = await exportRequest(browser, appUrl, keys);
    const reviewer = await measure('reviewer', async () => {
      const { context, page } = await openReview(browser, appUrl, requestPath, { width: 1280, height: 900 });
      try {
        const presses = await rateByShortcuts(page, keys, plans);
        await checkStored(page, keys, plans, 'draft');
        return { presses, perItem: presses / keys.length };
      } finally {
        await context.close();
      }
    });
    const appointee = await measure('appointee', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await withState(page, appUrl, appointeeState([]), `#/assessments/${assessmentId}`);
        await page.waitForSelector('[data-key] input[type=radio]', { timeout: 180_000 });
        const presses = await rateByShortcuts(page, keys, plans);
        await checkStored(page, keys, plans, 'assessment');
        return { presses, perItem: presses / keys.length };
      } finally {
        await page.close();
      }
    });
    const narrow = { width: 375, height: 800 };
    const reviewerHeight = await measure('reviewer height', async () => {
      const { context, page } = await openReview(browser, appUrl, requestPath, narrow);
      const height = await fullHeight(page);
      await context.close();
      return height;
    });
    const appointeeHeight = await measure('appointee height', async () => {
      const page = await browser.newPage({ viewport: narrow });
      await withState(page, appUrl, appointeeState(keys), `#/assessments/${assessmentId}`);
      await page.waitForSelector('[data-key] input[type=radio]', { timeout: 180_000 });
      const height = await fullHeight(page);
      await page.close();
      return height;
    });
    return { items: keys.length, reviewer, appointee, reviewerHeight, appointeeHeight };
  } finally {
    await browser.close();
  }
}

/** Prints the figures (shared by bench.mjs and a run of this file alone). */
export function printReviewKeys(results) {
  const line = (label, r) =>
    r.presses === null ? `  ${label}: not possible (${r.error})` : `  ${label}: ${r.presses} presses, ${r.perItem.toFixed(2)} per item`;
  console.log(
    `\nRating a whole DCIO review request from the keyboard (${results.items} items; shortcuts: U, then a digit or N/S/Y an item; goal at most 1.2 presses an item)`,
  );
  console.log(line("reviewer's screen", results.reviewer));
  console.log(line("appointee's screen (baseline, same run)", results.appointee));
  const height = (value) => (typeof value === 'number' ? `${value} px` : `not measured (${value.error})`);
  console.log(`  page height at 375 px, every item laid out: reviewer's ${height(results.reviewerHeight)}; appointee's ${height(results.appointeeHeight)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { startBenchServer } = await import('./bench-server.mjs');
  const { resolve } = await import('node:path');
  const server = await startBenchServer({ root: resolve(import.meta.dirname, '..'), port: Number(process.env.BENCH_PORT ?? 4351), pages: new Map() });
  try {
    printReviewKeys(await measureReviewKeys({ appUrl: server.url, executablePath: findBrowser() }));
  } finally {
    await server.close();
  }
}
