import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeAssistantAssessment } from '../../scripts/assistant-assessment.mjs';
import { expect, expectNoAxeViolations, openWithState, test, type Page } from './fixtures';

const outDir = process.env.REPORT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'cio-report-'));
const assistant = JSON.parse(readFileSync(new URL('../../public/profiles/cio-assistant.json', import.meta.url), 'utf8')) as { competencies: string[] };

async function openReport(page: Page, language: 'th' | 'en' = 'th'): Promise<void> {
  const blob = completeAssistantAssessment();
  blob.state.language = language;
  await openWithState(page, blob, '#/assessments/assistant01/report');
  await expect(page.locator('.report svg').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** Prints the report as Chromium does for "Save as PDF" (A4, the page's own @page size), and reads it back. */
let lastPdf = '';
function lastPageText(pages: number): string {
  return execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), lastPdf, '-'], { encoding: 'utf8' });
}

async function printToPdf(page: Page, name: string): Promise<{ text: string; pages: number; path: string }> {
  const path = join(outDir, `${name}.pdf`);
  lastPdf = path;
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  return { text, pages, path };
}

test.describe('the printed gap report', () => {
  test('prints the complete assistant report as real Thai text on at most 6 A4 pages', async ({ page }) => {
    await openReport(page);
    const { text, pages } = await printToPdf(page, 'assistant-th');
    expect(text).toContain('นางสาวพิมพ์ใจ ทดสอบรายงาน');
    for (const code of assistant.competencies) expect(text, code).toContain(code);
    for (const code of ['SPM304.1', 'SPM304.2', 'SPM304.3', 'SPM304.4']) expect(text).toContain(code);
    for (const title of ['รายงานผลการประเมินตนเองด้านทักษะดิจิทัล', '๑. ความสามารถ', '๒. ความรู้', '๓. ประสบการณ์', '๕. สมรรถนะ', 'การรับรอง', 'ผู้บังคับบัญชา']) {
      expect(text, title).toContain(title);
    }
    // Appointed 1 October 2568: the starred experiences are due 1 October 2570.
    expect(text).toContain('1 ตุลาคม 2570');
    expect(text).toContain('ที่ นร ๑๐๑๓/ว ๑๘');
    expect(text).toMatch(/หน้า 1 จาก \d/);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    expect(lastPageText(pages)).toContain('ผู้บังคับบัญชา');
    expect(text).toContain('ไม่ใช่ของสำนักงาน ก.พ.');
  });

  test('never leaves the signatures alone on the last page, wherever the page breaks fall', async ({ page }) => {
    await openReport(page);
    for (const push of [0, 50, 100, 150, 200]) {
      // Longer content above moves every page break; the signatures must always share their page.
      await page.evaluate((mm) => document.querySelector<HTMLElement>('.report__header')?.style.setProperty('padding-bottom', `${mm}mm`), push);
      const { pages } = await printToPdf(page, `assistant-push-${push}`);
      const last = lastPageText(pages);
      expect(last, `pushed ${push} mm`).toContain('ผู้บังคับบัญชา');
      expect(last.slice(0, last.indexOf('การรับรอง')).trim().length, `pushed ${push} mm`).toBeGreaterThan(40);
    }
  });

  test('prints the DCIO report with its 29 February appointment, no blank trailing page', async ({ page }) => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
    await openWithState(page, fixture, '#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const { text, pages } = await printToPdf(page, 'dcio-th');
    expect(text).toContain('สมหญิง ตัวอย่าง');
    expect(text).toContain('28 กุมภาพันธ์ 2569');
    expect(text).toContain('เกินกำหนด');
    expect(text).toContain('ยังไม่ประเมิน');
    expect(pages).toBeLessThanOrEqual(6);
    expect(lastPageText(pages).trim().length).toBeGreaterThan(100);
  });

  test('prints in English when the report language is English, whatever the screen language', async ({ page }) => {
    await openReport(page, 'th');
    await page.getByLabel('English').check();
    await expect(page.locator('.report')).toContainText('Digital skills self-assessment report');
    const { text, pages } = await printToPdf(page, 'assistant-en');
    expect(text).toContain('Digital skills self-assessment report');
    expect(text).toContain('1 October 2027');
    expect(text).toMatch(/Page 1 of \d/);
    expect(pages).toBeLessThanOrEqual(6);
    expect(await page.locator('.site-header').textContent()).toContain('เข็มทิศทักษะดิจิทัล CIO');
    expect(text).toContain('proposed by this app, not by the OCSC');
  });

  test('prints English statuses whole, never broken inside a word', async ({ page }) => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
    fixture.state.language = 'en';
    fixture.state.assessments.gapfixture1.actions = [
      { id: 'action-1', kind: 'course', description: 'Digital leadership course', targetOn: '2027-03-01', status: 'planned', serves: ['unit:DG100'] },
      { id: 'action-2', kind: 'coaching', description: 'Coaching by the ministry CIO', targetOn: '2027-05-01', status: 'in-progress', serves: ['unit:DG200'] },
    ];
    await openWithState(page, fixture, '#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator('.report-toolbar')).toContainText('untick "Headers and footers"');
    const { text } = await printToPdf(page, 'dcio-en');
    for (const word of ['Planned', 'In progress', 'overdue']) expect(text, word).toMatch(new RegExp(`\\b${word}\\b`));
    expect(text).not.toMatch(/\bPlanne\s*\n/);
  });

  test('shows the report on screen with a print button, and no axe violation', async ({ page }) => {
    await openReport(page);
    let printed = false;
    await page.exposeFunction('reportPrinted', () => {
      printed = true;
    });
    await page.evaluate(() => {
      window.print = () => (window as unknown as { reportPrinted: () => void }).reportPrinted();
    });
    await expect(page.locator('.report-toolbar')).toContainText('เอาเครื่องหมายถูกออกจาก “ส่วนหัวและส่วนท้าย”');
    await page.getByRole('button', { name: 'พิมพ์ / บันทึกเป็น PDF' }).click();
    await expect.poll(() => printed).toBe(true);
    await expectNoAxeViolations(page);
  });
});
