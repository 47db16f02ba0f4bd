// Part of `npm run bench`: Lighthouse 12 (mobile, simulated throttling) run several times over several pages,
// interleaved (page 1, page 2, … then again), so a busy machine slows every page alike.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { browserArgs } from './find-browser.mjs';

const lighthouseCli = resolve(import.meta.dirname, '..', 'node_modules', 'lighthouse', 'cli', 'index.js');

async function lighthouse(url, output, chromePath) {
  await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility',
      `--chrome-flags=${browserArgs.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
  };
}

/** Runs Lighthouse `runs` times on each page, round-robin; resolves to { label → [result per run] }. */
export async function runLighthouse({ pages, runs, chromePath, onProgress = () => undefined }) {
  const outDir = mkdtempSync(join(tmpdir(), 'cio-bench-lh-'));
  const results = Object.fromEntries(pages.map((page) => [page.label, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        results[page.label].push(await lighthouse(page.url, join(outDir, `${page.label}-${run}.json`), chromePath));
        onProgress(`${page.label} ${run + 1}/${runs}`);
      }
    }
    return results;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
