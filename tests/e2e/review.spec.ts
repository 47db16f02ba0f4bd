import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Download } from '@playwright/test';
import { expect, expectNoAxeViolations, gotoApp, openWithState, test, type Page } from './fixtures';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const outDir = mkdtempSync(join(tmpdir(), 'cio-review-'));

async function saved(download: Download): Promise<string> {
  const path = join(outDir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Downloads what clicking `name` saves, and returns where it is. */
async function downloadBy(page: Page, name: string | RegExp): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return saved(download);
}

/** A second browser, the supervisor's own, failing the test on console errors, page errors or requests elsewhere. */
function watch(context: BrowserContext, origin: string): string[] {
  const problems: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.push(`request outside the origin: ${url}`);
  });
  return problems;
}

const storedAssessment = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state?.assessments?.gapfixture1 as Record<string, unknown> | undefined);

test.describe('the supervisor review round trip', () => {
  test('an appointee and a supervisor, each in their own browser, complete a review and print one report with both views', async ({ page, browser, baseURL }) => {
    test.setTimeout(300_000);
    // The appointee asks for a review, without showing the self-ratings (the default).
    await openWithState(page, fixture, '#/assessments/gapfixture1/reviews');
    await expect(page.getByRole('heading', { level: 1, name: 'ความเห็นผู้อื่นและการส่งต่อแผน' })).toBeVisible();
    await expect(page.getByText('ไม่ใช่ลายมือชื่ออิเล็กทรอนิกส์')).toBeVisible();
    await expect(page.getByLabel('ให้ผู้ประเมินเห็นระดับที่ฉันประเมินตนเอง')).not.toBeChecked();
    await expectNoAxeViolations(page);
    const requestFile = await downloadBy(page, 'ส่งออกคำขอให้ประเมิน');
    const before = await storedAssessment(page);

    // The supervisor, in another browser with their own (empty) copy of the app, opens it in review mode.
    const supervisorContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    const supervisorProblems = watch(supervisorContext, new URL(baseURL ?? '').origin);
    const supervisor = await supervisorContext.newPage();
    await gotoApp(supervisor, '#/assessments');
    await supervisor.getByRole('link', { name: 'เปิดคำขอให้ประเมิน' }).click();
    await expect(supervisor.getByRole('heading', { level: 1, name: 'ประเมินผู้อื่น' })).toBeVisible();
    await expectNoAxeViolations(supervisor);
    await supervisor.getByLabel('เลือกไฟล์คำขอให้ประเมิน (.json)').setInputFiles(requestFile);
    await expect(supervisor.getByText('ผู้รับการประเมินไม่แสดงระดับที่ประเมินตนเอง')).toBeVisible();
    await expect(supervisor.getByRole('heading', { name: 'สมหญิง ตัวอย่าง · รองอธิบดี' })).toBeVisible();
    // Hidden self-ratings are not in the file the supervisor received, let alone on screen.
    expect(JSON.parse(readFileSync(requestFile, 'utf8')).ratings['unit:DG100']).toEqual({ target: 4 });
    await expect(supervisor.locator('[data-item="unit:DG100"]')).toContainText('เป้าหมาย 4');
    await expect(supervisor.locator('[data-item="unit:DG100"]')).not.toContainText('ประเมินตนเอง');

    // Exporting before saying who reviews is refused, with the fields to fill.
    await supervisor.getByRole('button', { name: 'ส่งออกผลการประเมิน' }).click();
    await expect(supervisor.getByRole('alert')).toContainText('ชื่อผู้ประเมิน');
    await supervisor.getByLabel('ชื่อผู้ประเมิน').fill('สมศรี ผู้บังคับบัญชา');
    await supervisor.getByLabel('ตำแหน่ง').fill('อธิบดีกรมตัวอย่าง');
    const dg100 = supervisor.locator('[data-item="unit:DG100"]');
    await dg100.getByLabel('ระดับที่คุณให้').selectOption('0');
    await dg100.getByLabel('ความเห็น').fill('ยังไม่เคยวางกรอบธรรมาภิบาลข้อมูลของกรม');
    await supervisor.locator('[data-item="unit:DG200"]').getByLabel('ระดับที่คุณให้').selectOption('3');
    await supervisor.locator('[data-item="unit:DG300"]').getByLabel('ระดับที่คุณให้').selectOption('4');
    await supervisor.getByRole('textbox', { name: 'ความเห็นโดยรวม' }).fill('มีความพร้อมด้านเทคโนโลยี ควรเร่งพัฒนาด้านธรรมาภิบาล');
    await supervisor.getByLabel('เห็นชอบแผนพัฒนานี้').check();
    await expectNoAxeViolations(supervisor);
    const reviewFile = await downloadBy(supervisor, 'ส่งออกผลการประเมิน');
    await expect(supervisor.getByRole('status')).toContainText('ส่งออกผลการประเมินแล้ว');
    // The supervisor's own assessments are untouched: the draft lives under its own key.
    const supervisorStorage = await supervisor.evaluate(() => ({
      own: JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{"state":{"assessments":{}}}').state.assessments as Record<string, unknown>,
      draft: localStorage.getItem('cio-skills-compass:review-draft') !== null,
    }));
    expect(supervisorStorage).toEqual({ own: {}, draft: true });
    await supervisor.getByRole('button', { name: 'ปิดคำขอนี้' }).click();
    await expect(supervisor.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(supervisor);
    await supervisor.getByRole('button', { name: 'ปิดและลบร่าง' }).click();
    await expect(supervisor.getByLabel('เลือกไฟล์คำขอให้ประเมิน (.json)')).toBeVisible();
    await supervisorContext.close();
    expect(supervisorProblems).toEqual([]);

    // The appointee brings the review back: attached, self-ratings untouched; the same file again is recognised.
    await page.getByLabel('เลือกไฟล์ผลการประเมิน (.json)').setInputFiles(reviewFile);
    await expect(page.getByRole('status').filter({ hasText: 'แนบผลการประเมินของ สมศรี ผู้บังคับบัญชา แล้ว' })).toBeVisible();
    await expect(page.getByText('ระดับที่ประเมินตนเองเปลี่ยนไปหลังจากส่งคำขอ')).toHaveCount(0);
    const after = await storedAssessment(page);
    expect(after?.ratings).toEqual(before?.ratings);
    expect(after?.reviews).toHaveLength(1);
    await page.getByLabel('เลือกไฟล์ผลการประเมิน (.json)').setInputFiles(reviewFile);
    await expect(page.getByRole('alert')).toContainText('นำเข้าผลการประเมินนี้ไว้แล้ว');
    expect((await storedAssessment(page))?.reviews).toHaveLength(1);
    await expectNoAxeViolations(page);

    // The gap screen: self, reviewer and target; the 3-level difference first; the headline says it uses self.
    await page.getByRole('link', { name: 'ดูเทียบกันในหน้าช่องว่าง' }).click();
    await expect(page.locator('[data-chart="radar"] svg').last()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'ตัวเลขสำคัญคำนวณจาก: การประเมินตนเอง (ค่าเริ่มต้น)' })).toBeVisible();
    const firstDifference = page.locator('table.differences tbody tr').first();
    await expect(firstDifference).toHaveAttribute('data-key', 'unit:DG100');
    await expect(firstDifference).toContainText('-3');
    await expect(firstDifference).toContainText('ต่างกันมาก');
    await expect(firstDifference).toContainText('ยังไม่เคยวางกรอบธรรมาภิบาลข้อมูลของกรม');
    await expect(page.locator('figure:has([data-chart="radar"]) thead')).toContainText('สมศรี ผู้บังคับบัญชา (เฉลี่ย)');
    const overall = page.locator('[data-figure="overall"] dd');
    const selfOverall = await overall.textContent();
    await page.getByLabel('ระดับที่ต่ำกว่าของทั้งสอง รายการต่อรายการ').check();
    await expect(page.getByRole('status').filter({ hasText: 'ตัวเลขสำคัญคำนวณจาก: ระดับที่ต่ำกว่าของทั้งสอง' })).toBeVisible();
    await expect(overall).not.toHaveText(selfOverall ?? '');
    await expectNoAxeViolations(page);

    // One printed report shows both views: the self-ratings and the supervisor's, the opinion and HR's block.
    await page.goto('#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await expectNoAxeViolations(page);
    const pdf = join(outDir, 'report-with-review.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('ความเห็นของผู้บังคับบัญชา');
    expect(text).toContain('สมศรี ผู้บังคับบัญชา');
    expect(text).toContain('อธิบดีกรมตัวอย่าง');
    expect(text).toContain('มีความพร้อมด้านเทคโนโลยี ควรเร่งพัฒนาด้านธรรมาภิบาล');
    expect(text).toContain('การรับทราบของหน่วยงานบริหารทรัพยากรบุคคล');
    // Item DG100 in the supervisor's table: target 4, self 3, supervisor 0, marked as 3 levels apart.
    expect(text).toMatch(/DG100\s.*\s4\s+3\s+0\s+⚠ -3/);
    // The self-rating table still prints the self-rating of DG100 as before.
    expect(text).toMatch(/DG100\s.*\s4\s+3\s+1\s/);
  });

  test('the printed report takes memo fields and Thai digits, and prints as before without a review', async ({ page }) => {
    await openWithState(page, fixture, '#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await expect(page.locator('.report')).not.toContainText('ความเห็นของผู้บังคับบัญชา');
    await expect(page.locator('.report')).not.toContainText('การรับทราบของหน่วยงานบริหารทรัพยากรบุคคล');
    await page.getByText('ตัวเลือกการพิมพ์').click();
    await page.getByLabel('ส่วนราชการ', { exact: true }).fill('กรมตัวอย่าง');
    await page.getByLabel('ที่', { exact: true }).fill('ตอ 0001/123');
    await page.getByLabel('ใช้เลขไทย (๐–๙) ทั้งรายงาน').check();
    await expect(page.locator('.report [data-memo="number"]')).toContainText('ตอ ๐๐๐๑/๑๒๓');
    await expectNoAxeViolations(page);
    await page.evaluate(() => document.fonts.ready);
    const pdf = join(outDir, 'report-thai-digits.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('ที่ ตอ ๐๐๐๑/๑๒๓');
    expect(text).toMatch(/หน้า ๑ จาก [๒-๙]/);
    expect(text).not.toMatch(/[0-9]/);
  });
});
