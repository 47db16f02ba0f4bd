// `npm run bench`: builds, then prints figures (it asserts nothing; the size budgets that fail `npm test` are in
// scripts/check-size-budgets.mjs). Every timing is repeated and printed as median (min–max), beside baselines
// measured in the same run, so a busy machine slows ours and theirs alike:
// - static: the prerendered page without scripts (same text and CSS, the first paint's fallback font);
// - plain: the same text with inline style and no web font (the fastest page that could show the profile);
// - plain React: the same text rendered on the client by React (no fetch, no web font).
// RUNS (default 5) sets the repetitions; BENCH_PORT (default 4350) the server's port; BENCH_ONLY=first-screen runs
// only the first-screen probe and Lighthouse (the other parts' blocks are left unindented to keep diffs small).
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { measureRatingLatency } from './bench-interaction.mjs';
import { runLighthouse } from './bench-lighthouse.mjs';
import { measureGapScreen } from './bench-gaps.mjs';
import { buildBaselinePages } from './bench-pages.mjs';
import { measureReportPdf } from './bench-report.mjs';
import { measureKeyPresses, printKeyPresses } from './bench-keyboard.mjs';
import { benchRollup, rollupBaselinePages } from './bench-rollup.mjs';
import { startBenchServer } from './bench-server.mjs';
import { medianOf, spread, summarise } from './bench-stats.mjs';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { probeFirstScreen } from './first-screen-probe.mjs';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 4350);
const everything = process.env.BENCH_ONLY !== 'first-screen';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const chromePath = findBrowser();
if (!chromePath) {
  console.log('No Chrome or Chromium found (set CHROME_PATH): nothing measured.');
  process.exit(1);
}

execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
const server = await startBenchServer({ root, port, pages: new Map([...(await buildBaselinePages(resolve(root, 'dist'))), ...rollupBaselinePages()]) });
const appReady = (page) => page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
const pages = [
  { label: 'app', name: 'profile screen (ours)', url: server.url, ready: appReady },
  { label: 'static', name: 'static, same text and CSS', url: `${server.url}bench/static.html` },
  { label: 'plain', name: 'plain, inline style, no font', url: `${server.url}bench/plain.html` },
  { label: 'react', name: 'plain React, no font', url: `${server.url}bench/react/index.html` },
];
const width = Math.max(...pages.map((page) => page.name.length));
const ratio = (ours, theirs) => (ours / theirs).toFixed(2);
const browser = await chromium.launch({ executablePath: chromePath, args: browserArgs });

try {
  // The first screen on a phone-sized window at 4× CPU slowdown: scripts fetched before any user action, and
  // main-thread tasks over 50 ms after the first paint (Long Tasks API), interleaved over the pages.
  const probes = Object.fromEntries(pages.map((page) => [page.label, []]));
  for (let run = 0; run < runs; run++) {
    for (const page of pages) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      try {
        probes[page.label].push(await probeFirstScreen(context, page.url, { cpuSlowdown: 4, ready: page.ready }));
      } finally {
        await context.close();
      }
    }
  }
  console.log(`First screen at 4× CPU slowdown, 412×823, ${runs} loads each (median (min–max))`);
  for (const page of pages) {
    const list = probes[page.label];
    console.log(
      `  ${page.name.padEnd(width)}  JS on the wire ${kb(summarise(list.map((probe) => probe.scriptBytes)).median)}; ` +
        `first paint ${spread(list.map((probe) => probe.firstPaint), { unit: ' ms' })}; ` +
        `tasks over 50 ms after it ${spread(list.map((probe) => probe.longTasksAfterPaint.length))}, ` +
        `longest ${spread(list.map((probe) => probe.longestAfterPaint), { unit: ' ms' })}`,
    );
  }
  const ourScripts = probes.app[0]?.scripts ?? [];
  console.log(`  ours fetches ${ourScripts.map((script) => `${script.url.split('/').pop()} ${kb(script.bytes)}`).join(', ')} (budget 100 KB gzip in all)`);

  if (everything) {
  const rating = await measureRatingLatency({ browser, appUrl: server.url, cpuSlowdown: 4 });
  const latency = summarise(rating.latencies);
  console.log(`\nRating one item at 4× CPU slowdown: key press to next paint (CIO Assistant, ${rating.itemCount} items on the screen, ${latency.count} presses)`);
  console.log(`  median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms, range ${latency.min.toFixed(1)}–${latency.max.toFixed(1)} ms (target: median under 16 ms)`);
  const processing = summarise(rating.processing);
  console.log(`  of which the app's work, first listener to DOM updated: median ${processing.median.toFixed(1)} ms, p95 ${processing.p95.toFixed(1)} ms`);
  console.log(`  input delivery (the test driver's share): median ${summarise(rating.inputDelay).median.toFixed(1)} ms; Event Timing: ${rating.slowEvents.length} keydown(s) at 16 ms or more; last level ${rating.finalLevel}`);

  const gaps = await measureGapScreen({ browser, appUrl: server.url, runs, cpuSlowdown: 4 });
  const slow = await measureGapScreen({
    browser,
    appUrl: server.url,
    runs,
    cpuSlowdown: 4,
    // Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  });
  const longest = (visits) => visits.map((visit) => Math.max(0, ...visit.tasks));
  console.log(`\nGap screen at 4× CPU slowdown: link hovered 300 ms, clicked, to all three charts painted (${runs} runs each)`);
  console.log(`  chunks cached (a later visit): ${spread(gaps.cached.map((visit) => visit.ms), { unit: ' ms' })}, longest task ${spread(longest(gaps.cached), { unit: ' ms' })} (target 300 ms; tasks under 100 ms)`);
  console.log(`  first visit, fast network:     ${spread(gaps.first.map((visit) => visit.ms), { unit: ' ms' })}, longest task ${spread(longest(gaps.first), { unit: ' ms' })}`);
  console.log(`  first visit, mobile network:   ${spread(slow.first.map((visit) => visit.ms), { unit: ' ms' })} (target 1 s)`);

  const pdfTimes = summarise(await measureReportPdf({ appUrl: server.url, executablePath: chromePath }));
  console.log(`\nPrinting the complete CIO Assistant report to an A4 PDF (page.pdf, ${pdfTimes.count} runs): ${Math.round(pdfTimes.median)} ms (${Math.round(pdfTimes.min)}–${Math.round(pdfTimes.max)})`);
  }

  const lighthouse = await runLighthouse({ pages, runs, chromePath, onProgress: (step) => process.stderr.write(`\rLighthouse ${step}      `) });
  process.stderr.write('\n');
  console.log(`\nLighthouse 12.2.3, mobile (simulated throttling), ${runs} runs interleaved: median (min–max)`);
  for (const page of pages) {
    const list = lighthouse[page.label];
    const of = (field, options) => spread(list.map((result) => result[field]), options);
    console.log(
      `  ${page.name.padEnd(width)}  performance ${of('performance')}, FCP ${of('fcp', { unit: ' ms' })}, LCP ${of('lcp', { unit: ' ms' })}, ` +
        `TBT ${of('tbt', { unit: ' ms' })}, CLS ${of('cls', { digits: 3 })}, ${kb(medianOf(list, 'bytes'))}, accessibility ${of('accessibility')}`,
    );
  }
  const lcp = (label) => medianOf(lighthouse[label], 'lcp');
  console.log(`  LCP ratio (medians): ours/static ${ratio(lcp('app'), lcp('static'))}, ours/plain ${ratio(lcp('app'), lcp('plain'))} (budget 1.30), plain React/plain ${ratio(lcp('react'), lcp('plain'))}`);
  console.log(`  TBT medians: ours ${Math.round(medianOf(lighthouse.app, 'tbt'))} ms (budget 50), static ${Math.round(medianOf(lighthouse.static, 'tbt'))} ms, plain React ${Math.round(medianOf(lighthouse.react, 'tbt'))} ms`);

  if (everything) {
  // Key presses an item for rating a whole DCIO profile (scripts/bench-keyboard.mjs): a count, not a timing.
  printKeyPresses(await measureKeyPresses({ appUrl: server.url, executablePath: chromePath }));

  // The organisation view at scale (scripts/bench-rollup.mjs).
  await benchRollup({ appUrl: server.url, executablePath: chromePath });
  }
} finally {
  await browser.close();
  await server.close();
}
