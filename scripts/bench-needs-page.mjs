// Part of `npm run bench` (BENCH_ONLY=needs): the training needs and the budget planner in the page, in real Chromium,
// as HR meets them: NEEDS_PAGE_PEOPLE (default 1,000) backup files (scripts/rollup-backups.mjs) chosen as a folder,
// with a catalogue of NEEDS_PAGE_RESOURCES (default 500) resources kept in the browser, each serving 1 to 4 of the
// items the files rate. Times, median (min–max) of RUNS: from the people table shown (the roll-up's own mark) to the
// demand per resource on screen, and the longest main-thread task in between (Long Tasks API); then from Enter in the
// budget field to the proposal's summary on screen, and the longest task in between. "On screen": the frame after the
// page put it in the document (a MutationObserver in the page notes it, so Playwright's polling adds nothing). The
// baseline build (`baselineUrl`, another commit's build, usually main) is measured in the same run, alternating with
// ours. Budgets (issue 27): the demand within 1 s beyond the roll-up, the proposal within 2 s, no task over 200 ms.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { spread } from './bench-stats.mjs';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { makeRollupBackups, mulberry32 } from './rollup-backups.mjs';

function catalogueFor(files, count, random) {
  const keys = new Set();
  for (const file of files) {
    try {
      for (const assessment of JSON.parse(file.text).assessments ?? []) for (const key of Object.keys(assessment.ratings ?? {})) keys.add(key);
    } catch {
      // The bench's invalid files are skipped, as the app skips them.
    }
  }
  const list = [...keys].filter((key) => /^(unit|criterion|knowledge|behavioural|experience):/.test(key));
  const pick = (values) => values[Math.floor(random() * values.length)];
  const resources = Array.from({ length: count }, (_, index) => ({
    id: `R${index}`,
    title: { th: `หลักสูตร ${index}`, en: `Course ${index}` },
    provider: 'สถาบันตัวอย่าง',
    kind: pick(['course', 'e-learning', 'on-the-job', 'mentoring', 'reading']),
    hours: pick([3, 6, 12, 18, 24, 30]),
    costBaht: random() < 0.1 ? 0 : pick([1500, 3000, 4500, 6000, 9000, 15000, 25000]),
    serves: [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(list)))],
    level: 2 + Math.floor(random() * 3),
  }));
  return { format: 'cio-skills-compass-resource-catalogue', schemaVersion: 1, fileName: 'bench.json', loadedAt: '2026-11-27T09:00:00.000Z', resources };
}

async function measureOnce(browser, appUrl, folder, catalogue) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      window.__longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration }))),
    ).observe({ type: 'longtask', buffered: true });
    // When the demand's first row and the proposal's summary came into the document, then the frame after.
    window.__shown = {};
    const note = (name, selector) => {
      if (window.__shown[name] !== undefined || !document.querySelector(selector)) return;
      window.__shown[name] = null;
      requestAnimationFrame(() => setTimeout(() => (window.__shown[name] = performance.now())));
    };
    new MutationObserver(() => {
      note('demand', '.org-needs__demand tbody tr');
      note('proposal', '.org-budget__summary');
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${appUrl}#/organisation`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.evaluate((text) => localStorage.setItem('cio-skills-compass-catalogue', text), JSON.stringify(catalogue));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.waitForSelector('#org-folder');
  await page.waitForTimeout(1000);
  await page.locator('#org-folder').setInputFiles(folder);
  await page.waitForFunction(() => performance.getEntriesByName('organisation:table-shown').length > 0, null, { timeout: 300_000, polling: 100 });
  await page.waitForFunction(() => typeof window.__shown.demand === 'number', null, { timeout: 300_000, polling: 100 });
  const demand = await page.evaluate(() => {
    const shown = performance.getEntriesByName('organisation:table-shown')[0].startTime;
    const now = window.__shown.demand;
    const tasks = window.__longTasks.filter((task) => task.start + task.duration > shown && task.start < now);
    // Ours only: when the needs' worker started, took the needs up, and how long it worked on them (needs-client.ts).
    const started = performance.getEntriesByName('needs:worker-started')[0]?.startTime;
    const load = performance.getEntriesByName('needs:load')[0];
    const worker = started === undefined || !load ? null : { started: started - shown, boot: load.startTime - started, work: load.duration };
    return { time: now - shown, longest: Math.max(0, ...tasks.map((task) => task.duration)), at: now, worker };
  });
  const field = page.getByLabel('งบประมาณ (บาท)');
  await field.fill('3,000,000');
  const pressed = await page.evaluate(() => performance.now());
  await field.press('Enter');
  await page.waitForFunction(() => typeof window.__shown.proposal === 'number', null, { timeout: 300_000, polling: 100 });
  const proposal = await page.evaluate((from) => {
    const now = window.__shown.proposal;
    const tasks = window.__longTasks.filter((task) => task.start + task.duration > from && task.start < now);
    return {
      time: now - from,
      longest: Math.max(0, ...tasks.map((task) => task.duration)),
      summary: document.querySelector('.org-budget__summary')?.textContent ?? '',
    };
  }, pressed);
  await page.close();
  return { demand, proposal };
}

/** Prints the figures; `runs` page loads of ours and of the baseline build (if any), alternating. */
export async function benchNeedsPage({ appUrl, baselineUrl = null, baselineName = 'baseline', executablePath = findBrowser(), runs }) {
  const people = Number(process.env.NEEDS_PAGE_PEOPLE ?? 1000);
  const resourceCount = Number(process.env.NEEDS_PAGE_RESOURCES ?? 500);
  const root = mkdtempSync(join(tmpdir(), 'cio-needs-page-'));
  const browser = await chromium.launch({ executablePath, args: browserArgs });
  try {
    const files = makeRollupBackups(people);
    const folder = join(root, 'backups');
    mkdirSync(folder);
    for (const file of files) writeFileSync(join(folder, file.name), file.text);
    const catalogue = catalogueFor(files, resourceCount, mulberry32(27));
    const targets = [{ name: 'ours', url: appUrl, results: [] }, ...(baselineUrl ? [{ name: baselineName, url: baselineUrl, results: [] }] : [])];
    for (let run = 0; run < runs; run++) for (const target of targets) target.results.push(await measureOnce(browser, target.url, folder, catalogue));
    const ms = (values) => spread(values, { unit: ' ms' });
    console.log(
      `\nTraining needs and the budget planner in the page (${runs} runs each, alternating, ${people} files, ${resourceCount} resources, Chromium at normal CPU speed): median (min–max)`,
    );
    for (const { name, results } of targets) {
      console.log(`  ${name}:`);
      console.log(
        `    demand on screen, from the people table shown: ${ms(results.map((result) => result.demand.time))} (budget 1,000 ms); longest task ${ms(results.map((result) => result.demand.longest))} (budget 200 ms)`,
      );
      console.log(
        `    budget proposal of 3,000,000 baht, from Enter to its summary: ${ms(results.map((result) => result.proposal.time))} (budget 2,000 ms); longest task ${ms(results.map((result) => result.proposal.longest))} (budget 200 ms)`,
      );
      const workers = results.map((result) => result.demand.worker).filter(Boolean);
      if (workers.length > 0)
        console.log(
          `    the needs' worker: started ${ms(workers.map((worker) => worker.started))} after the table, took the needs up ${ms(workers.map((worker) => worker.boot))} later, worked ${ms(workers.map((worker) => worker.work))} (the needs and the first page of the demand)`,
        );
      console.log(`      ${results[0]?.proposal.summary ?? ''}`);
    }
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
}
