// Traces 100 files added to a roll-up of N files (default 10,000) in Chromium, the page's thread and the roll-up's
// workers alike (a performance trace through CDP, with V8's sampling profiler), and prints where the time goes from
// the files chosen to the people table shown again: each thread's tasks, what ran in them, the functions that took the
// most, and the time in 100 ms slices. Not part of `npm run bench` (tracing slows what it measures); run it to decide
// what to cut: `npm run build:app` (or `npx vite build --minify false` for readable names), then
// `node scripts/trace-rollup-add.mjs` (TRACE_ROOT: a folder whose dist/ to serve instead, TRACE_SIZE, TRACE_ADD=100, TRACE_OUT=trace.json to keep the trace for
// chrome://tracing or the DevTools Performance panel, TRACE_FULL=1 to trace the same files chosen again instead, TRACE_LOAD=1 to trace the first load of the N files, TRACE_MIN: the shortest task listed, default 8 ms).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { rollupBaselinePages } from './bench-rollup.mjs';
import { startBenchServer } from './bench-server.mjs';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { makeRollupBackups } from './rollup-backups.mjs';

const size = Number(process.env.TRACE_SIZE ?? 10000);
const addCount = Number(process.env.TRACE_ADD ?? 100);

function folderOf(count, root, first = 0) {
  const folder = join(root, `backups-${count}-from-${first}`);
  mkdirSync(folder);
  for (const file of makeRollupBackups(count, { first })) writeFileSync(join(folder, file.name), file.text);
  return folder;
}

const categories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'blink.console',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  // TRACE_PROFILE=0: no sampling profiler (its start in a worker takes 100-250 ms of the worker's first task).
  ...(process.env.TRACE_PROFILE === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
];

async function waitShown(page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('organisation:table-shown').length > 0 && performance.getEntriesByName('organisation:files-chosen').length > 0,
    null,
    { timeout: 600_000, polling: 50 },
  );
}

async function clearMarks(page) {
  await page.evaluate(() => {
    performance.clearMarks('organisation:files-chosen');
    performance.clearMarks('organisation:table-shown');
  });
}

/** Reads the trace: threads by name, marks, each thread's tasks and its profile samples. */
function analyse(events) {
  const names = new Map();
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, event.args.name);
  const mark = (name) => events.filter((event) => event.name === name && event.cat.includes('user_timing')).map((event) => event.ts);
  const chosen = mark('organisation:files-chosen').at(-1);
  const shown = mark('organisation:table-shown').at(-1);
  const received = mark('organisation:rollup-received').at(-1);
  const mainPid = events.find((event) => event.name === 'organisation:files-chosen')?.pid;
  const threads = new Map();
  const threadOf = (event) => {
    const key = `${event.pid}:${event.tid}`;
    if (!threads.has(key)) threads.set(key, { name: names.get(key) ?? key, tasks: [], events: [], samples: [] });
    return threads.get(key);
  };
  // Profiles: nodes and samples by profile id (each on its own thread).
  const profiles = new Map();
  for (const event of events) {
    if (event.pid !== mainPid) continue;
    if (event.name === 'Profile')
      profiles.set(event.id, { thread: threadOf(event), start: event.args.data.startTime, nodes: new Map(), last: event.args.data.startTime });
    if (event.name === 'ProfileChunk') {
      const profile = profiles.get(event.id);
      if (!profile) continue;
      const data = event.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let index = 0; index < samples.length; index++) {
        profile.last += deltas[index] ?? 0;
        profile.thread.samples.push({ ts: profile.last, node: samples[index], profile });
      }
    }
    if (event.ph === 'X' && event.dur !== undefined) {
      const thread = threadOf(event);
      // Each task is traced twice (toplevel and devtools.timeline): the timeline's is the one DevTools shows.
      if (event.name === 'RunTask' && event.cat.includes('devtools.timeline')) thread.tasks.push(event);
      else if (event.name === 'ThreadControllerImpl::RunTask') continue;
      else thread.events.push(event);
    }
  }
  // Measures come as begin and end events (b/e) in the trace; marks as instants (R, I or n).
  const timings = [];
  const open = new Map();
  for (const event of events) {
    if (event.pid !== mainPid || !/user_timing|console/.test(event.cat)) continue;
    const thread = names.get(`${event.pid}:${event.tid}`) ?? String(event.tid);
    const key = `${event.tid}:${event.id ?? event.id2?.local ?? ''}:${event.name}`;
    if (event.ph === 'b' || event.ph === 'B') open.set(key, event);
    else if (event.ph === 'e' || event.ph === 'E') {
      const begin = open.get(key);
      if (begin) timings.push({ name: event.name, thread, ts: begin.ts, dur: event.ts - begin.ts });
      open.delete(key);
    } else if (event.ph === 'X') timings.push({ name: event.name, thread, ts: event.ts, dur: event.dur });
    else timings.push({ name: event.name, thread, ts: event.ts });
  }
  return { chosen, shown, received, threads, timings };
}

function frameName(node) {
  const frame = node?.callFrame;
  if (!frame) return '?';
  const file = (frame.url ?? '').split('/').at(-1);
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/** The functions that took the most of `samples` (self time, ms), as text. */
function selfTimes(samples, count) {
  const self = new Map();
  for (let index = 1; index < samples.length; index++) {
    const ms = (samples[index].ts - samples[index - 1].ts) / 1000;
    const name = frameName(samples[index].profile.nodes.get(samples[index].node));
    if (name.startsWith('(idle)') || name.startsWith('(program)')) continue;
    self.set(name, (self.get(name) ?? 0) + ms);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join('; ');
}

function print({ chosen, shown, received, threads, timings }) {
  const rel = (ts) => ((ts - chosen) / 1000).toFixed(0);
  console.log(`files chosen at 0; roll-up received ${rel(received)} ms; table shown ${rel(shown)} ms`);
  // The app's own marks and measures (performance.mark and measure, console.time), on every thread, in order.
  for (const { name, thread, ts, dur } of timings.filter((timing) => timing.ts >= chosen - 50_000).sort((a, b) => a.ts - b.ts))
    console.log(`  ${rel(ts).padStart(5)} ms ${dur === undefined ? '' : `+${(dur / 1000).toFixed(1)} ms `}${name} (${thread})`);
  const end = shown + 200_000;
  for (const thread of threads.values()) {
    const tasks = thread.tasks.filter((task) => task.ts + task.dur > chosen && task.ts < end);
    const busy = tasks.reduce((sum, task) => sum + task.dur, 0) / 1000;
    if (busy < 5) continue;
    console.log(`\n== ${thread.name}: busy ${busy.toFixed(0)} ms in ${tasks.length} tasks from the choice to 200 ms after the table`);
    // What ran, by event name, inside those tasks (top-level JS, GC, style, layout, paint, messages).
    const within = thread.events.filter((event) => event.ts >= chosen && event.ts < end);
    const byName = new Map();
    for (const event of within) byName.set(event.name, (byName.get(event.name) ?? 0) + event.dur / 1000);
    console.log(
      '  by event (nested events overlap): ' +
        [...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 16)
          .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
          .join('; '),
    );
    for (const task of tasks.filter((task) => task.dur > Number(process.env.TRACE_MIN ?? 8) * 1000)) {
      const inner = within
        .filter((event) => event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur && event.dur > 2000)
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 5)
        .map((event) => `${event.name}${event.args?.data?.type ? `(${event.args.data.type})` : ''} ${(event.dur / 1000).toFixed(0)}`);
      console.log(`  task at ${rel(task.ts)} ms, ${(task.dur / 1000).toFixed(0)} ms: ${inner.join(', ')}`);
      console.log(
        `    functions: ${selfTimes(
          thread.samples.filter((sample) => sample.ts >= task.ts && sample.ts < task.ts + task.dur),
          6,
        )}`,
      );
    }
    // The profile's self time by function, in the window.
    console.log(
      `  self time by function: ${selfTimes(
        thread.samples.filter((sample) => sample.ts >= chosen && sample.ts < end),
        16,
      )}`,
    );
    // Busy ms in each 100 ms slice.
    const slices = [];
    for (let start = chosen; start < shown + 100_000; start += 100_000) {
      const ms = tasks.reduce((sum, task) => sum + Math.max(0, Math.min(task.ts + task.dur, start + 100_000) - Math.max(task.ts, start)), 0) / 1000;
      slices.push(ms.toFixed(0).padStart(3));
    }
    console.log(`  busy ms per 100 ms slice: ${slices.join(' ')}`);
  }
}

const executablePath = findBrowser();
const server = await startBenchServer({
  root: process.env.TRACE_ROOT ?? process.cwd(),
  port: Number(process.env.BENCH_PORT ?? 4392),
  pages: rollupBaselinePages(),
});
const root = mkdtempSync(join(tmpdir(), 'cio-trace-'));
const browser = await chromium.launch({ executablePath, args: browserArgs });
try {
  const folder = folderOf(size, root);
  const late = folderOf(addCount, root, size);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => process.env.TRACE_CONSOLE && console.log(`console: ${message.text()}`));
  // TRACE_PAGE=baseline: the bench's read-only page (it reads and JSON.parses the same files, nothing more).
  await page.goto(process.env.TRACE_PAGE === 'baseline' ? `${server.url}bench/rollup/index.html` : `${server.url}#/organisation`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  if (!process.env.TRACE_LOAD) {
    await page.locator('#org-folder').setInputFiles(folder);
    await waitShown(page);
    await page.locator('#org-deadlines-title').waitFor({ timeout: 600_000 });
    await page.waitForTimeout(3000);
  }
  if (process.env.TRACE_FULL) {
    await clearMarks(page);
    await page.locator('#org-folder').setInputFiles(late);
    await waitShown(page);
    await page.waitForTimeout(3000);
  }
  await clearMarks(page);
  await browser.startTracing(page, { categories });
  // The profiler starts in each thread first: not counted in the choice's time.
  await page.waitForTimeout(1500);
  await page.locator('#org-folder').setInputFiles(process.env.TRACE_LOAD ? folder : late);
  await waitShown(page);
  await page.waitForTimeout(1500);
  const buffer = await browser.stopTracing();
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, buffer);
  const { traceEvents } = JSON.parse(buffer.toString('utf8'));
  print(analyse(traceEvents));
  if (process.env.TRACE_PAGE !== 'baseline') console.log(`\n${await page.locator('.org-summary-line').textContent()}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
