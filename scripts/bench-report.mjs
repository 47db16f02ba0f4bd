// Part of `npm run bench`: how long Chromium takes to print the complete CIO Assistant report to an A4 PDF.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { completeAssistantAssessment } from './assistant-assessment.mjs';
import { browserArgs } from './find-browser.mjs';

export async function measureReportPdf({ appUrl, executablePath, runs = 5 }) {
  const browser = await chromium.launch({ executablePath, args: browserArgs });
  const dir = mkdtempSync(join(tmpdir(), 'cio-bench-pdf-'));
  try {
    const page = await browser.newPage();
    await page.goto(appUrl);
    await page.evaluate((value) => localStorage.setItem('cio-skills-compass', JSON.stringify(value)), completeAssistantAssessment());
    await page.goto(`${appUrl}#/assessments/assistant01/report`);
    await page.reload();
    await page.waitForSelector('.report svg');
    await page.evaluate(() => document.fonts.ready);
    const times = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      await page.pdf({ path: join(dir, `report-${run}.pdf`), format: 'A4', preferCSSPageSize: true, printBackground: true });
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
