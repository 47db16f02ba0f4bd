// `npm run bench`: builds, then prints figures (it asserts nothing; the size budgets that fail `npm test` are in
// scripts/check-size-budgets.mjs). Every timing is repeated and printed as median (min–max), beside baselines
// measured in the same run, so a busy machine slows ours and theirs alike:
// - static: the prerendered page without scripts (same text and CSS, the first paint's fallback font);
// - plain: the same text with inline style and no web font (the fastest page that could show the profile);
// - plain React: the same text rendered on the client by React (no fetch, no web font).
// Rating and the gap screen are also timed beside another build of the app, built in a temp dir by
// scripts/bench-baseline.mjs, served under /baseline/ and interleaved with ours; rating also beside a static copy of
// our rating screen with no framework (what this page's DOM and CSS cost the browser) and a page with one plain radio
// group (the floor: what a key press and a paint cost this machine at all).
// Environment switches:
// - RUNS (default 5): the repetitions of every timing;
// - BENCH_PORT (default 4350): the server's port;
// - BENCH_ONLY: a comma-separated list of the parts to run, of first-screen, rating, gaps, pdf, lighthouse, keys,
//   rollup, needs (default all), e.g. BENCH_ONLY=rating;
// - BENCH_BASELINE: the git commit-ish to build as the baseline (default main, or HEAD^ when HEAD is main; "none"
//   to time ours alone);
// - BENCH_SKIP_BUILD=1: reuse dist/ as it is instead of building ours first.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildBaseline, defaultBaselineRef } from './bench-baseline.mjs';
import { measureRatingLatency, radiosPage, snapshotRatingPage } from './bench-interaction.mjs';
import { runLighthouse } from './bench-lighthouse.mjs';
import { measureGapScreen } from './bench-gaps.mjs';
import { buildBaselinePages } from './bench-pages.mjs';
import { measureReportPdf } from './bench-report.mjs';
import { measureKeyPresses, printKeyPresses } from './bench-keyboard.mjs';
import { measureReviewKeys, printReviewKeys } from './bench-review-keys.mjs';
import { benchNeeds } from './bench-needs.mjs';
import { benchNeedsPage } from './bench-needs-page.mjs';
import { benchRollup, rollupBaselinePages } from './bench-rollup.mjs';
import { startBenchServer } from './bench-server.mjs';
import { medianOf, spread, summarise } from './bench-stats.mjs';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { probeFirstScreen } from './first-screen-probe.mjs';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 4350);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const chromePath = findBrowser();
if (!chromePath) {
  console.log('No Chrome or Chromium found (set CHROME_PATH): nothing measured.');
  process.exit(1);
}

const parts = ['first-screen', 'rating', 'gaps', 'pdf', 'lighthouse', 'keys', 'rollup', 'needs'];
const only = new Set(process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((part) => part.trim()) : parts);
const unknown = [...only].filter((part) => !parts.includes(part));
if (unknown.length > 0) {
  console.log(`BENCH_ONLY: no part named ${unknown.join(', ')} (the parts: ${parts.join(', ')})`);
  process.exit(1);
}

if (process.env.BENCH_SKIP_BUILD !== '1')
  execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
const baselineRef = process.env.BENCH_BASELINE ?? defaultBaselineRef(root);
// The baseline build is measured beside ours wherever a screen of the app is: rating, the gap screen, the first screen,
// Lighthouse and the training needs in the page.
const usesBaseline = ['rating', 'gaps', 'first-screen', 'lighthouse', 'needs'].some((part) => only.has(part));
const baseline = usesBaseline && baselineRef !== 'none' ? buildBaseline(root, baselineRef) : null;
if (usesBaseline && baselineRef !== 'none' && !baseline) {
  console.log(`BENCH_BASELINE: ${baselineRef} is no commit here ("none" to time ours alone)`);
  process.exit(1);
}
const baselineName = baseline ? `${baselineRef} (${baseline.commit.slice(0, 9)})` : '';
// Pages served beside the app; the rating part adds a static copy of the app's rating screen once the app is up.
const benchPages = new Map([
  ...(await buildBaselinePages(resolve(root, 'dist'))),
  ...rollupBaselinePages(),
  ['/bench/radios.html', { type: 'text/html; charset=utf-8', body: Buffer.from(radiosPage) }],
]);
const server = await startBenchServer({
  root,
  port,
  pages: benchPages,
  mounts: baseline ? { '/baseline/': baseline.dist } : {},
});
const appReady = (page) => page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
const pages = [
  { label: 'app', name: 'profile screen (ours)', url: server.url, ready: appReady },
  { label: 'static', name: 'static, same text and CSS', url: `${server.url}bench/static.html` },
  { label: 'plain', name: 'plain, inline style, no font', url: `${server.url}bench/plain.html` },
  { label: 'react', name: 'plain React, no font', url: `${server.url}bench/react/index.html` },
  ...(baseline ? [{ label: 'baseline', name: `profile screen (${baselineName})`, url: `${server.url}baseline/`, ready: appReady }] : []),
];
const width = Math.max(...pages.map((page) => page.name.length));
const ratio = (ours, theirs) => (ours / theirs).toFixed(2);
const browser = await chromium.launch({ executablePath: chromePath, args: browserArgs });

try {
  // The first screen on a phone-sized window at 4× CPU slowdown: scripts fetched before any user action, and
  // main-thread tasks over 50 ms after the first paint (Long Tasks API), interleaved over the pages.
  if (only.has('first-screen')) {
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
          `first paint ${spread(
            list.map((probe) => probe.firstPaint),
            { unit: ' ms' },
          )}; ` +
          `tasks over 50 ms after it ${spread(list.map((probe) => probe.longTasksAfterPaint.length))}, ` +
          `longest ${spread(
            list.map((probe) => probe.longestAfterPaint),
            { unit: ' ms' },
          )}`,
      );
    }
    const ourScripts = probes.app[0]?.scripts ?? [];
    console.log(`  ours fetches ${ourScripts.map((script) => `${script.url.split('/').pop()} ${kb(script.bytes)}`).join(', ')} (budget 100 KB gzip in all)`);
  }

  if (only.has('rating')) {
    // Interleaved: ours, the baseline build, the floor page, then again, so a busy moment slows them alike; one
    // short round first, not counted, so no page pays for a cold browser.
    const targets = [
      { name: 'ours', options: { appUrl: server.url } },
      ...(baseline ? [{ name: baselineName, options: { appUrl: `${server.url}baseline/` } }] : []),
      { name: 'our page as static HTML, no framework', options: { plainUrl: `${server.url}bench/rating-static.html` } },
      { name: 'one plain radio group (floor)', options: { plainUrl: `${server.url}bench/radios.html` } },
    ];
    benchPages.set('/bench/rating-static.html', {
      type: 'text/html; charset=utf-8',
      body: Buffer.from(await snapshotRatingPage({ browser, appUrl: server.url })),
    });
    for (const target of targets) await measureRatingLatency({ browser, cpuSlowdown: 4, presses: 8, ...target.options });
    const results = Object.fromEntries(targets.map((target) => [target.name, []]));
    for (let run = 0; run < runs; run++) {
      for (const target of targets) results[target.name].push(await measureRatingLatency({ browser, cpuSlowdown: 4, ...target.options }));
    }
    const nameWidth = Math.max(...targets.map((target) => target.name.length));
    const first = results.ours[0];
    console.log(
      `\nRating at 4× CPU slowdown: arrow key in a radio group, CIO Assistant (${first?.itemCount} items on the screen), ${runs} loads × ${first?.latencies.length} presses 100 ms apart`,
    );
    console.log(
      "  each load's median press, then median (min–max) over the loads, in ms. key→paint: the event's time stamp to the task after the next frame (target: under 16);",
    );
    console.log(
      '  own cost = script (time stamp to DOM updated, the input delivery included) + rendering (frame start to painted): key→paint without the wait for the frame clock',
    );
    const perRun = (list, value) => list.map((result) => summarise(result.latencies.map((_, index) => value(result, index))).median);
    const columns = [
      ['key→paint', (result, index) => result.latencies[index]],
      ['own cost', (result, index) => result.script[index] + result.rendering[index]],
      ['script', (result, index) => result.script[index]],
      ['rendering', (result, index) => result.rendering[index]],
      ['waiting', (result, index) => result.waiting[index]],
      ['input', (result, index) => result.inputDelay[index]],
    ];
    for (const target of targets) {
      const list = results[target.name];
      const cells = columns.map(([label, value]) => `${label} ${spread(perRun(list, value), { digits: 1 })}`);
      console.log(
        `  ${target.name.padEnd(nameWidth)}  ${cells.join(', ')}; p95 key→paint ${summarise(list.flatMap((result) => result.latencies)).p95.toFixed(1)}; last level ${list.map((result) => result.finalLevel).join('')}`,
      );
    }
  }

  if (only.has('gaps')) {
    // Ours and the baseline build alternate, one pair of visits (first, then cached) at a time.
    const targets = [{ name: 'ours', appUrl: server.url }, ...(baseline ? [{ name: baselineName, appUrl: `${server.url}baseline/` }] : [])];
    // Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
    const mobile = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
    const visits = Object.fromEntries(targets.map((target) => [target.name, { first: [], cached: [], slow: [] }]));
    for (let run = 0; run < runs; run++) {
      for (const target of targets) {
        const fast = await measureGapScreen({ browser, appUrl: target.appUrl, runs: 1, cpuSlowdown: 4 });
        const slow = await measureGapScreen({ browser, appUrl: target.appUrl, runs: 1, cpuSlowdown: 4, network: mobile });
        visits[target.name].first.push(...fast.first);
        visits[target.name].cached.push(...fast.cached, ...slow.cached);
        visits[target.name].slow.push(...slow.first);
      }
    }
    const longest = (list) => list.map((visit) => Math.max(0, ...visit.tasks));
    console.log(`\nGap screen at 4× CPU slowdown: link hovered 300 ms, clicked, to all three charts painted (${runs} runs each; median (min–max))`);
    for (const target of targets) {
      const { first, cached, slow } = visits[target.name];
      console.log(`  ${target.name}`);
      console.log(
        `    chunks cached (a later visit): ${spread(
          cached.map((visit) => visit.ms),
          { unit: ' ms' },
        )}, longest task ${spread(longest(cached), { unit: ' ms' })} (target 300 ms; tasks under 100 ms)`,
      );
      console.log(
        `    first visit, fast network:     ${spread(
          first.map((visit) => visit.ms),
          { unit: ' ms' },
        )}, longest task ${spread(longest(first), { unit: ' ms' })}`,
      );
      console.log(
        `    first visit, mobile network:   ${spread(
          slow.map((visit) => visit.ms),
          { unit: ' ms' },
        )}, longest task ${spread(longest(slow), { unit: ' ms' })} (target 1 s)`,
      );
    }
  }

  if (only.has('pdf')) {
    const pdfTimes = summarise(await measureReportPdf({ appUrl: server.url, executablePath: chromePath }));
    console.log(
      `\nPrinting the complete CIO Assistant report to an A4 PDF (page.pdf, ${pdfTimes.count} runs): ${Math.round(pdfTimes.median)} ms (${Math.round(pdfTimes.min)}–${Math.round(pdfTimes.max)})`,
    );
  }

  if (only.has('lighthouse')) {
    const lighthouse = await runLighthouse({ pages, runs, chromePath, onProgress: (step) => process.stderr.write(`\rLighthouse ${step}      `) });
    process.stderr.write('\n');
    console.log(`\nLighthouse 12.2.3, mobile (simulated throttling), ${runs} runs interleaved: median (min–max)`);
    for (const page of pages) {
      const list = lighthouse[page.label];
      const of = (field, options) =>
        spread(
          list.map((result) => result[field]),
          options,
        );
      console.log(
        `  ${page.name.padEnd(width)}  performance ${of('performance')}, FCP ${of('fcp', { unit: ' ms' })}, LCP ${of('lcp', { unit: ' ms' })}, ` +
          `TBT ${of('tbt', { unit: ' ms' })}, CLS ${of('cls', { digits: 3 })}, ${kb(medianOf(list, 'bytes'))}, accessibility ${of('accessibility')}`,
      );
    }
    const lcp = (label) => medianOf(lighthouse[label], 'lcp');
    console.log(
      `  LCP ratio (medians): ours/static ${ratio(lcp('app'), lcp('static'))}, ours/plain ${ratio(lcp('app'), lcp('plain'))} (budget 1.30), plain React/plain ${ratio(lcp('react'), lcp('plain'))}`,
    );
    console.log(
      `  TBT medians: ours ${Math.round(medianOf(lighthouse.app, 'tbt'))} ms (budget 50), static ${Math.round(medianOf(lighthouse.static, 'tbt'))} ms, plain React ${Math.round(medianOf(lighthouse.react, 'tbt'))} ms`,
    );
    if (lighthouse.baseline) console.log(`  LCP ratio (medians): ours/${baselineName} ${ratio(lcp('app'), lcp('baseline'))}`);
  }

  // Key presses an item for rating a whole DCIO profile (scripts/bench-keyboard.mjs): a count, not a timing.
  if (only.has('keys')) {
    printKeyPresses(await measureKeyPresses({ appUrl: server.url, executablePath: chromePath }));
    printReviewKeys(await measureReviewKeys({ appUrl: server.url, executablePath: chromePath }));
  }

  // The organisation view at scale (scripts/bench-rollup.mjs).
  if (only.has('rollup')) await benchRollup({ appUrl: server.url, executablePath: chromePath });

  // The training needs and the budget planner on 1,000 people and 500 or 1,000 resources (scripts/bench-needs.mjs).
  if (only.has('needs')) {
    await benchNeeds({ runs });
    // The same in the page, in real Chromium: the longest task as well as the time (scripts/bench-needs-page.mjs).
    await benchNeedsPage({
      appUrl: server.url,
      baselineUrl: baseline ? `${server.url}baseline/` : null,
      baselineName,
      executablePath: chromePath,
      runs: Math.max(5, runs),
    });
  }
} finally {
  await browser.close();
  await server.close();
}
