// `npm run bench`: builds, then prints figures (it asserts nothing).
// - first-load JS and CSS of the built app, raw and gzip bytes;
// - Lighthouse (mobile) for the profile screen and for a static HTML page holding the same profile text,
//   with the ratio of their LCPs. Lighthouse runs RUNS times per page; the median run is reported.
import { execFile, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { measureRatingLatency, summarise } from './bench-interaction.mjs';
import { measureReportPdf } from './bench-report.mjs';
import { startPreviewServer } from './preview-server.mjs';
import { measureKeyPresses, printKeyPresses } from './bench-keyboard.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const runs = Number(process.env.RUNS ?? 3);

execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const chromePath = findBrowser();
if (!chromePath) {
  console.log('No Chrome or Chromium found (set CHROME_PATH): nothing measured.');
  process.exit(1);
}

/**
 * Every script and style sheet the browser fetches when it opens the profile screen, until the app is
 * ready (hydrated), counted from a real page load rather than read off index.html, so chunks the app
 * imports at start count too.
 */
async function measureFirstLoad(url) {
  const browser = await chromium.launch({ executablePath: chromePath, args: browserArgs });
  try {
    const page = await browser.newPage();
    const files = new Map();
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') files.set(new URL(response.url()).pathname, type);
    });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.waitForLoadState('networkidle');
    const totals = { script: { count: 0, raw: 0, gzip: 0 }, stylesheet: { count: 0, raw: 0, gzip: 0 }, files: new Set() };
    for (const [path, type] of files) {
      const relative = path.slice(new URL(url).pathname.length);
      totals.files.add(relative);
      const bytes = readFileSync(join(dist, relative));
      totals[type].count += 1;
      totals[type].raw += bytes.length;
      totals[type].gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return totals;
  } finally {
    await browser.close();
  }
}

// The fastest this page could be: the same prerendered profile, same CSS and fonts, no script at all.
const staticHtml = html.replace(/<script[^>]*type="module"[^>]*><\/script>\s*/g, '').replace(/<link[^>]*rel="modulepreload"[^>]*>\s*/g, '');

const server = await startPreviewServer({ root, routes: { 'static-profile.html': { type: 'text/html; charset=utf-8', body: staticHtml } } });
const firstLoad = await measureFirstLoad(server.url);
console.log('First load of the profile screen, until the app is ready (gzip at level 9)');
console.log(`  JS : ${firstLoad.script.count} file(s), ${kb(firstLoad.script.raw)} raw, ${kb(firstLoad.script.gzip)} gzip (budget 100 KB gzip)`);
console.log(`  CSS: ${firstLoad.stylesheet.count} file(s), ${kb(firstLoad.stylesheet.raw)} raw, ${kb(firstLoad.stylesheet.gzip)} gzip`);
console.log(`  HTML (prerendered): ${kb(html.length)} raw, ${kb(gzipSync(html).length)} gzip`);

// Chunks that load only when a screen needs them (not part of the first load).
const { readdirSync } = await import('node:fs');
const lazyChunks = readdirSync(join(dist, 'assets'))
  .filter((file) => file.endsWith('.js') && !firstLoad.files.has(`assets/${file}`))
  .map((file) => {
    const bytes = readFileSync(join(dist, 'assets', file));
    return { file, gzip: gzipSync(bytes, { level: 9 }).length, recharts: bytes.includes('recharts-surface') };
  })
  .sort((a, b) => b.gzip - a.gzip);
console.log('\nLoaded later, only by the screens that need them (gzip)');
for (const chunk of lazyChunks) console.log(`  ${chunk.file}: ${kb(chunk.gzip)}${chunk.recharts ? ' (recharts: the charts of the gap screen and the report)' : ''}`);

const rating = await measureRatingLatency({ appUrl: server.url, executablePath: chromePath });
const latency = summarise(rating.latencies);
console.log(`\nRating one item: key press to next paint (CIO Assistant, ${rating.itemCount} items on the screen, ${latency.count} presses)`);
const processing = summarise(rating.processing);
console.log(`  to the next frame (rAF, then a task): median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms, max ${latency.max.toFixed(1)} ms (target under 16 ms)`);
const inputDelay = summarise(rating.inputDelay);
console.log(`  of which input delivery (the event's time stamp to its first listener, the test driver's share): median ${inputDelay.median.toFixed(1)} ms`);
console.log(`  and the app's work, first listener to DOM updated: median ${processing.median.toFixed(1)} ms, p95 ${processing.p95.toFixed(1)} ms, max ${processing.max.toFixed(1)} ms`);
console.log(`  Event Timing: ${rating.slowEvents.length} keydown(s) of ${latency.count} took 16 ms or more to their next presented frame (durations rounded to 8 ms; frame alignment included)${rating.slowEvents.length ? ` (longest ${Math.max(...rating.slowEvents)} ms)` : ''}; last level set: ${rating.finalLevel}`);

printKeyPresses(await measureKeyPresses({ appUrl: server.url, executablePath: chromePath }));

const pdfTimes = summarise(await measureReportPdf({ appUrl: server.url, executablePath: chromePath }));
console.log(`\nPrinting the complete CIO Assistant report to an A4 PDF (page.pdf, ${pdfTimes.count} runs): median ${Math.round(pdfTimes.median)} ms, max ${Math.round(pdfTimes.max)} ms`);
const lighthouseCli = join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
const outDir = mkdtempSync(join(tmpdir(), 'cio-bench-'));

// Asynchronous on purpose: the preview server runs in this process and must keep answering.
async function lighthouse(url, label, run) {
  const output = join(outDir, `${label}-${run}.json`);
  await promisify(execFile)(process.execPath, [
    lighthouseCli, url,
    '--quiet', '--output=json', `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${browserArgs.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    fcp: report.audits['first-contentful-paint'].numericValue,
  };
}

function median(results) {
  const sorted = [...results].sort((a, b) => a.lcp - b.lcp);
  return sorted[Math.floor(sorted.length / 2)];
}

const pages = [
  { label: 'app', url: server.url, name: 'Profile screen (the app)' },
  { label: 'static', url: `${server.url}static-profile.html`, name: 'Static HTML, same profile text' },
];
const results = {};
try {
  for (const page of pages) {
    const pageResults = [];
    for (let run = 0; run < runs; run++) pageResults.push(await lighthouse(page.url, page.label, run));
    results[page.label] = median(pageResults);
  }
} finally {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

console.log(`\nLighthouse 12.2.3, mobile (simulated throttling), median of ${runs} run(s) by LCP`);
for (const page of pages) {
  const r = results[page.label];
  console.log(
    `  ${page.name}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}; ` +
      `FCP ${Math.round(r.fcp)} ms, LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms`,
  );
}
console.log(`  LCP ratio app/static: ${(results.app.lcp / results.static.lcp).toFixed(2)} (budget 1.30)`);
