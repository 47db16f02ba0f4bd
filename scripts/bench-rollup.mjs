// The organisation view at scale: N realistic backup files (three roles, schema versions 2 and 3, plans, about 2%
// invalid) chosen as a folder through the real file input, for N = 100, 1,000 and 10,000. For each N: the time from
// files chosen (the input's change event) to the people table shown, the longest main-thread task after the choice,
// and the page's peak JS heap; median of RUNS with the spread, and where the time goes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { makeRollupBackups } from './rollup-backups.mjs';

const sizes = (process.env.ROLLUP_SIZES ?? '100,1000,10000').split(',').map(Number);
const runs = Number(process.env.ROLLUP_RUNS ?? 3);

function folderOf(count, root) {
  const folder = join(root, `backups-${count}`);
  mkdirSync(folder);
  for (const file of makeRollupBackups(count)) writeFileSync(join(folder, file.name), file.text);
  return folder;
}

async function measureOnce(browser, appUrl, folder) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${appUrl}#/organisation`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.waitForSelector('#org-folder');
  // The page's own heap, sampled every 25 ms from the choice to the table (the worker's heap is its own).
  await page.evaluate(() => {
    window.__peakHeap = performance.memory?.usedJSHeapSize ?? 0;
    window.__heapTimer = setInterval(() => (window.__peakHeap = Math.max(window.__peakHeap, performance.memory?.usedJSHeapSize ?? 0)), 25);
  });
  await page.locator('#org-folder').setInputFiles(folder);
  await page.waitForFunction(() => performance.getEntriesByName('organisation:table-shown').length > 0, null, { timeout: 300_000, polling: 100 });
  const result = await page.evaluate(() => {
    clearInterval(window.__heapTimer);
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const chosen = mark('organisation:files-chosen');
    // The task in which the choice arrives is the browser building the file list, ending with the app's change
    // handler (from the mark on): counted apart, the handler's share with the app's own tasks.
    const input = window.__longTasks.find((task) => task.start <= chosen && task.start + task.duration >= chosen);
    const tasks = window.__longTasks.filter((task) => task.start > chosen);
    const handler = input ? input.start + input.duration - chosen : 0;
    const people = document.querySelector('.org-shown')?.textContent ?? '';
    return {
      total: mark('organisation:table-shown') - chosen,
      worker: mark('organisation:rollup-received') - chosen,
      render: mark('organisation:table-shown') - mark('organisation:rollup-received'),
      longest: Math.max(handler, ...tasks.map((task) => task.duration)),
      inputTask: input?.duration ?? 0,
      longTasks: tasks.length,
      heap: window.__peakHeap,
      people,
      read: performance.getEntriesByName('organisation:worker-read')[0]?.duration ?? Number.NaN,
      combine: performance.getEntriesByName('organisation:worker-combine')[0]?.duration ?? Number.NaN,
    };
  });
  await page.close();
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;

/** Runs the roll-up benchmark against the built app at `appUrl` and prints the curve. */
export async function benchRollup({ appUrl, executablePath = findBrowser() }) {
  const root = mkdtempSync(join(tmpdir(), 'cio-rollup-'));
  const browser = await chromium.launch({ executablePath, args: [...browserArgs, '--enable-precise-memory-info'] });
  const rows = [];
  try {
    for (const size of sizes) {
      const folder = folderOf(size, root);
      const samples = [];
      for (let run = 0; run < runs; run++) samples.push(await measureOnce(browser, appUrl, folder));
      rows.push({ size, samples });
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
  console.log(`\nOrganisation roll-up: N backup files chosen as a folder, to the people table shown (median of ${runs} runs, min–max)`);
  console.log('  N       files→table ms     worker ms (read+parse / combine)   page render ms   longest app task ms (≥ 50 ms)   peak page heap MB   ms per file   browser file-list task ms');
  for (const { size, samples } of rows) {
    const pick = (key) => samples.map((sample) => sample[key]);
    const total = median(pick('total'));
    console.log(
      `  ${String(size).padEnd(7)} ${`${Math.round(total)} (${spread(pick('total'))})`.padEnd(18)} ${`${Math.round(median(pick('worker')))} (${Math.round(median(pick('read')))} / ${Math.round(median(pick('combine')))})`.padEnd(34)} ${String(Math.round(median(pick('render')))).padEnd(16)} ${`${Math.round(median(pick('longest')))} (${spread(pick('longest'))})`.padEnd(31)} ${(median(pick('heap')) / 1048576).toFixed(1).padEnd(19)} ${(total / size).toFixed(2).padEnd(13)} ${Math.round(median(pick('inputTask')))}`,
    );
  }
  const budget = (size, ms) => rows.find((row) => row.size === size) && median(rows.find((row) => row.size === size).samples.map((s) => s.total)) <= ms;
  const worstTask = Math.max(...rows.flatMap((row) => row.samples.map((sample) => sample.longest)));
  console.log(`  budgets: 1,000 in ≤ 1 s ${budget(1000, 1000) ? 'met' : 'NOT met'}; 10,000 in ≤ 10 s ${budget(10000, 10000) ? 'met' : 'NOT met'}; no app task over 200 ms ${worstTask <= 200 ? 'met' : `NOT met (${Math.round(worstTask)} ms)`}`);
  console.log('  (the browser file-list task is Chromium building the chosen folder\'s File objects before the app is told; the app cannot split it)');
  console.log(`  people shown for the largest N: ${rows.at(-1)?.samples[0]?.people ?? ''}`);
}

// Run alone: `node scripts/bench-rollup.mjs` against a built dist/ (npm run build first).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { startBenchServer } = await import('./bench-server.mjs');
  const server = await startBenchServer({ root: process.cwd(), port: Number(process.env.BENCH_PORT ?? 4350), pages: new Map() });
  try {
    await benchRollup({ appUrl: server.url });
  } finally {
    await server.close();
  }
}
