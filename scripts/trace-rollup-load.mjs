// Where a first load of N backup files (default 1,000) spends its time, from the files chosen to the people table and
// to every figure below it painted: RUNS traced loads (default 5) of the app, each beside a traced load of the bench's
// read-only page (it hands the same Files to one worker, which reads and JSON.parses them), alternately, so that both
// share the machine's load. A Chromium performance trace through CDP of each (every thread, V8's sampling profiler
// unless TRACE_PROFILE=0); printed as the median (min–max) of the runs: the wall times between the app's marks, each
// thread's CPU time (the trace's thread time) in each phase, and the sampled self time by kind of work (reading the
// files, JSON, zod, the checks and analysis, combining, React, style and layout, garbage collection). The profiler
// slows what it samples: compare the app with the baseline of the same run, and take the totals from `npm run bench`.
// Not part of `npm run bench`. `npm run build:app` (or `npx vite build --minify false --outDir X/dist` and TRACE_ROOT=X
// for readable names), then `node scripts/trace-rollup-load.mjs` (TRACE_SIZE, TRACE_RUNS, TRACE_PROFILE=0,
// BENCH_PORT).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { rollupBaselinePages } from './bench-rollup.mjs';
import { startBenchServer } from './bench-server.mjs';
import { summarise } from './bench-stats.mjs';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { makeRollupBackups } from './rollup-backups.mjs';

const size = Number(process.env.TRACE_SIZE ?? 1000);
const runs = Number(process.env.TRACE_RUNS ?? 5);
const profile = process.env.TRACE_PROFILE !== '0';

const categories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.gc',
  ...(profile ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** The kinds of work, by the sampled function's name and file (the first that matches). */
const kinds = [
  ['garbage collection', /\(garbage collector\)/],
  // The page's reading and handing over: its stream reads' promises (native `resolve`), the feed and its callbacks (the
  // app's anonymous functions during a load are mostly these), the baseline's change handler posting the Files.
  [
    'reading the files and handing them over',
    /readFileBytes|readFileText|decodeFileText|readableText|contentText|contentOf|gather|\bfeed\b|^\(anon\) (index\.html|organisation-screen|read-files-worker)|^resolve |^postMessage |^onmessage read-files/,
  ],
  ['JSON.parse', /parseGuardedJson|reviver|JSON/],
  ['zod', /_zod|runChecks|handlePropertyResult|handleCatchall|isPlainObject|runSteps|check\._a|RegExp: /],
  [
    "the import's other checks",
    /openBackup|levelOutOfRange|recordsProblem|assessmentProblem|actionsProblem|reviewsProblem|readBackup|readCheckedAssessment|depthOf|looksBinary|firstDuplicate|toUtcDate|fromUtcDate|isCalendarDate|migrate|envelopeAssessments|parseBatch|parseBackupText/,
  ],
  [
    'the gap analysis of each assessment',
    /itemStanding|analyseGaps|readinessOf|readinessGroupOf|rankPriorities|personRow|itemsNeedingPlan|plannedItems|heldAssessment|toRecord|standingStatus|proficiencyStanding|addYears|nameWithoutTitle|composedThai|tidy|assessment /,
  ],
  [
    'combining',
    /rollUpState|RollupIndex|itemMatrices|possible|resortPeople|NameRanks|publish|heldRollupText|heldMessage|jsonOf|addFiles|removeFiles|sync |ranking|mergeByFirst|personSummary|\bpost /,
  ],
  ['React', /react-/],
];

function folderOf(count, root) {
  const folder = join(root, `backups-${count}`);
  mkdirSync(folder);
  for (const file of makeRollupBackups(count)) writeFileSync(join(folder, file.name), file.text);
  return folder;
}

/** One traced load of `url`: its trace events, read at once. */
async function tracedLoad(browser, url, folder) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Traced from the page's opening: the workers start with the screen, and warm up while the user chooses.
  await browser.startTracing(page, { categories });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  // As the bench waits (a user takes longer to choose a folder).
  await page.waitForTimeout(1000);
  await page.locator('#org-folder').setInputFiles(folder);
  await page.waitForFunction(() => performance.getEntriesByName('organisation:table-shown').length > 0, null, { timeout: 600_000, polling: 50 });
  const app = !url.includes('bench/rollup');
  if (app) await page.waitForFunction(() => performance.getEntriesByName('organisation:parts-shown').length > 0, null, { timeout: 600_000, polling: 50 });
  await page.waitForTimeout(500);
  const buffer = await browser.stopTracing();
  const people = app ? await page.locator('.org-summary-line').textContent() : '';
  await page.close();
  return { events: JSON.parse(buffer.toString('utf8')).traceEvents, people };
}

function frameName(node) {
  const frame = node?.callFrame;
  if (!frame) return '?';
  return `${frame.functionName || '(anon)'} ${(frame.url ?? '').split('/').at(-1)}`;
}

/** The functions sampled in 'the rest', over every run (TRACE_TOP=1). */
const top = new Map();

/** A load's figures from its trace: wall times between marks, CPU by thread and phase, sampled self time by kind. */
function analyse(events) {
  const names = new Map();
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, event.args.name);
  const markAt = (name) => events.filter((event) => event.name === name && event.cat.includes('user_timing')).at(-1)?.ts;
  const chosen = markAt('organisation:files-chosen');
  const received = markAt('organisation:rollup-received');
  const table = markAt('organisation:table-shown');
  const parts = markAt('organisation:parts-shown') ?? table;
  const mainPid = events.find((event) => event.name === 'organisation:files-chosen')?.pid;
  const threadOf = (event) => names.get(`${event.pid}:${event.tid}`) ?? '';
  // CPU (thread time) of each thread's tasks, in a window, by thread kind; tasks cut at the window's edges pro rata.
  const cpu = (kind, from, to) => {
    let sum = 0;
    for (const event of events) {
      if (event.ph !== 'X' || event.name !== 'RunTask' || !event.cat.includes('devtools.timeline') || event.tdur === undefined) continue;
      const thread = threadOf(event);
      const ours = event.pid === mainPid && (kind === 'page' ? thread === 'CrRendererMain' : thread.startsWith('DedicatedWorker'));
      if (!ours) continue;
      const overlap = Math.min(event.ts + event.dur, to) - Math.max(event.ts, from);
      if (overlap > 0) sum += (event.tdur * overlap) / Math.max(event.dur, 1);
    }
    return sum / 1000;
  };
  // The browser's own work on the files (its IO thread), in the window.
  const browserIo = events
    .filter((event) => event.ph === 'X' && event.name === 'RunTask' && threadOf(event) === 'Chrome_IOThread' && event.ts >= chosen && event.ts < table)
    .reduce((sum, event) => sum + (event.tdur ?? 0), 0);
  // Style, layout and paint on the page, in the window.
  const rendering = events
    .filter(
      (event) =>
        event.pid === mainPid &&
        event.ph === 'X' &&
        /^(Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|Commit)$/.test(event.name) &&
        event.ts >= chosen &&
        event.ts < parts,
    )
    .reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0), 0);
  // The combiner's measures (rollup:post-done, rollup:held-text, rollup:post-held) and its warm-up.
  const span = (name, after = chosen) => {
    const begin = events.find((event) => event.name === name && (event.ph === 'b' || event.ph === 'B') && event.ts >= after);
    const end = begin && events.find((event) => event.name === name && (event.ph === 'e' || event.ph === 'E') && event.ts >= begin.ts);
    return begin && end ? { begin: begin.ts, end: end.ts } : null;
  };
  const measure = (name) => {
    const found = span(name);
    return found ? (found.end - found.begin) / 1000 : Number.NaN;
  };
  // The workers' warm-up (each worker's; the last to end): how long, and when it ended from the choice (below 0: before).
  const warmUps = events.filter((event) => event.name === 'rollup:warm-up' && (event.ph === 'e' || event.ph === 'E'));
  const lastWarm = warmUps.reduce((last, event) => Math.max(last, event.ts), Number.NEGATIVE_INFINITY);
  const warmStarts = events.filter((event) => event.name === 'rollup:warm-up' && (event.ph === 'b' || event.ph === 'B'));
  const firstWarm = warmStarts.reduce((first, event) => Math.min(first, event.ts), Number.POSITIVE_INFINITY);
  // Sampled self time by kind and thread kind, from the choice to every part shown.
  const sampled = { page: new Map(), workers: new Map() };
  const profiles = new Map();
  for (const event of events) {
    if (event.pid !== mainPid) continue;
    if (event.name === 'Profile') profiles.set(event.id, { thread: threadOf(event), at: event.args.data.startTime, nodes: new Map() });
    if (event.name !== 'ProfileChunk') continue;
    const entry = profiles.get(event.id);
    if (!entry) continue;
    const data = event.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) entry.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let index = 0; index < samples.length; index++) {
      entry.at += deltas[index] ?? 0;
      if (entry.at < chosen || entry.at > parts) continue;
      const name = frameName(entry.nodes.get(samples[index]));
      if (/^\((idle|program)\)/.test(name)) continue;
      const kind = kinds.find(([, pattern]) => pattern.test(name))?.[0] ?? 'checks, analysis and the rest';
      const to = entry.thread === 'CrRendererMain' ? sampled.page : entry.thread.startsWith('DedicatedWorker') ? sampled.workers : null;
      const took = (deltas[index + 1] ?? deltas[index] ?? 0) / 1000;
      to?.set(kind, (to.get(kind) ?? 0) + took);
      // TRACE_TOP=1: the functions left in the rest, to place them.
      if (process.env.TRACE_TOP && to && kind === 'checks, analysis and the rest')
        top.set(`${entry.thread} ${name}`, (top.get(`${entry.thread} ${name}`) ?? 0) + took);
    }
  }
  const ms = (from, to) => (from === undefined || to === undefined ? Number.NaN : (to - from) / 1000);
  return {
    wall: {
      'chosen → roll-up on the page': ms(chosen, received),
      'roll-up → table shown': ms(received, table),
      'chosen → table shown': ms(chosen, table),
      'table → every part shown': ms(table, parts),
      'chosen → every part shown': ms(chosen, parts),
    },
    cpu: {
      'page, chosen → roll-up': cpu('page', chosen, received ?? table),
      'page, roll-up → table': cpu('page', received ?? table, table),
      'page, table → every part': cpu('page', table, parts),
      'workers, chosen → table': cpu('workers', chosen, table),
      "browser's IO thread, chosen → table": browserIo / 1000,
      'page: style, layout and paint, chosen → every part': rendering / 1000,
    },
    combiner: {
      "workers' warm-up, first begun to last ended": warmUps.length > 0 ? (lastWarm - firstWarm) / 1000 : Number.NaN,
      "workers' warm-up ended, from the choice": warmUps.length > 0 ? (lastWarm - chosen) / 1000 : Number.NaN,
      'post the roll-up': measure('rollup:post-done'),
      'write the text held': measure('rollup:held-text'),
      'post the text held': measure('rollup:post-held'),
    },
    sampled,
  };
}

function print(label, results) {
  const line = (name, values) => {
    const { median, min, max } = summarise(values);
    if (Number.isNaN(median)) return;
    console.log(`    ${name.padEnd(52)} ${median.toFixed(0).padStart(6)} (${min.toFixed(0)}–${max.toFixed(0)})`);
  };
  console.log(`\n  ${label}, median (min–max) of ${results.length} runs, ms`);
  for (const group of ['wall', 'cpu', 'combiner']) {
    console.log(
      `   ${{ wall: 'wall time', cpu: 'CPU time (thread time)', combiner: "the workers' warm-up, and the combiner's steps after combining (wall)" }[group]}`,
    );
    for (const name of Object.keys(results[0]?.[group] ?? {}))
      line(
        name,
        results.map((result) => result[group][name]),
      );
  }
  if (!profile) return;
  for (const where of ['page', 'workers']) {
    console.log(`   sampled self time, ${where === 'page' ? 'the page' : 'the workers (together)'}, chosen → every part shown`);
    const all = new Set(results.flatMap((result) => [...result.sampled[where].keys()]));
    for (const kind of [...all].sort())
      line(
        kind,
        results.map((result) => result.sampled[where].get(kind) ?? 0),
      );
  }
}

const executablePath = findBrowser();
const server = await startBenchServer({
  root: process.env.TRACE_ROOT ?? process.cwd(),
  port: Number(process.env.BENCH_PORT ?? 4393),
  pages: rollupBaselinePages(),
});
const root = mkdtempSync(join(tmpdir(), 'cio-trace-load-'));
const browser = await chromium.launch({ executablePath, args: browserArgs });
try {
  const folder = folderOf(size, root);
  const app = [];
  const baseline = [];
  let people = '';
  for (let run = 0; run < runs; run++) {
    baseline.push(analyse((await tracedLoad(browser, `${server.url}bench/rollup/index.html`, folder)).events));
    const load = await tracedLoad(browser, `${server.url}#/organisation`, folder);
    app.push(analyse(load.events));
    people = load.people;
  }
  console.log(`Organisation roll-up: a first load of ${size} files, traced (${profile ? "with V8's sampling profiler" : 'no profiler'})`);
  print('the app', app);
  print('baseline: the read-only page', baseline);
  console.log(`\n  ${people}`);
  if (process.env.TRACE_TOP) for (const [name, took] of [...top].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  rest: ${name} ${took.toFixed(0)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
