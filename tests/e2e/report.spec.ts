import { readFileSync } from 'node:fs';
import { completeAssistantAssessment } from '../../scripts/assistant-assessment.mjs';
import { expect, expectNoAxeViolations, openWithState, test, testMoment, type Page } from './fixtures';
import { fullAssessment, fullAssessmentId } from './full-assessment';
import { glyphsBelowPrintableArea, pageText, pdfWords, printToPdf } from './pdf';

// The report counts the days to each deadline and is dated today: the page's clock is set to a known day.
test.use({ clockAt: testMoment });

const assistant = JSON.parse(readFileSync(new URL('../../public/profiles/cio-assistant.json', import.meta.url), 'utf8')) as { competencies: string[] };

async function openReport(page: Page, language: 'th' | 'en' = 'th'): Promise<void> {
  const blob = completeAssistantAssessment();
  blob.state.language = language;
  await openWithState(page, blob, '#/assessments/assistant01/report');
  await expect(page.locator('.report svg').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** A DCIO's report with all 61 items rated, gaps and an eight-action plan, in `language` (screen and report). */
async function openFullDcioReport(page: Page, language: 'th' | 'en'): Promise<void> {
  await openWithState(page, fullAssessment('dcio', language), `#/assessments/${fullAssessmentId('dcio')}/report`);
  await expect(page.locator('.report svg').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

test.describe('the printed gap report', () => {
  test('prints the complete assistant report as real Thai text on at most 6 A4 pages', async ({ page }) => {
    await openReport(page);
    const pdf = await printToPdf(page, 'assistant-th');
    const { text, pages } = pdf;
    expect(text).toContain('นางสาวพิมพ์ใจ ทดสอบรายงาน');
    for (const code of assistant.competencies) expect(text, code).toContain(code);
    for (const code of ['SPM304.1', 'SPM304.2', 'SPM304.3', 'SPM304.4']) expect(text).toContain(code);
    for (const title of ['รายงานผลการประเมินตนเองด้านทักษะดิจิทัล', '1. ความสามารถ', '2. ความรู้', '3. ประสบการณ์', '5. สมรรถนะ', 'การรับรอง', 'ผู้บังคับบัญชา']) {
      expect(text, title).toContain(title);
    }
    // Appointed 1 October 2568: the starred experiences are due 1 October 2570.
    expect(text).toContain('1 ตุลาคม 2570');
    expect(text).toContain('ที่ นร 1013/ว 18');
    expect(text).toMatch(/หน้า 1 จาก \d/);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    expect(pageText(pdf, pages)).toContain('ผู้บังคับบัญชา');
    expect(text).toContain('ไม่ใช่ของสำนักงาน ก.พ.');
  });

  for (const language of ['th', 'en'] as const) {
    test(`never leaves the signatures alone on a page, wherever the page breaks fall (${language})`, async ({ page }) => {
      await openFullDcioReport(page, language);
      const heading = language === 'th' ? 'การรับรอง' : 'Signatures';
      // The last row of the plan, the table the signatures follow.
      const lastRow =
        (await page
          .locator('.report__signatures')
          .evaluate((section) => section.previousElementSibling?.querySelector('tbody tr:last-child td:nth-child(2)')?.textContent)) ?? '';
      // Unpushed, the signatures of this report fell alone onto page 6 before they were kept with the rows above;
      // longer content above moves every page break, so several pushes try several places for the last break.
      for (const push of [0, 15, 30, 60, 120, 180]) {
        await page.evaluate((mm) => document.querySelector<HTMLElement>('.report__header')?.style.setProperty('padding-bottom', `${mm}mm`), push);
        const pdf = await printToPdf(page, `dcio-${language}-push-${push}`);
        const words = pdfWords(pdf);
        const signatures = words.find((word) => word.text === heading);
        // With no review, the signatures close the report.
        expect(signatures?.page, `pushed ${push} mm: the signatures on the last page`).toBe(pdf.pages);
        const above = words.filter((word) => word.page === signatures?.page && word.yMax <= (signatures?.yMin ?? 0)).map((word) => word.text);
        expect(above, `pushed ${push} mm: the plan's last row is on the signatures' page`).toContain(lastRow.split(' ')[0]);
      }
    });

    test(`prints no mark of a page's first line at the foot of the page before (${language})`, async ({ page }) => {
      await openFullDcioReport(page, language);
      // Every kind of line that can open a page opens one: a paragraph, headings, table captions, table rows.
      const opened = await page.evaluate(() => {
        const openers = document.querySelectorAll<HTMLElement>('.report__rule, .report h2, .report caption, .report__table tbody tr:nth-child(3)');
        openers.forEach((element) => element.style.setProperty('break-before', 'page'));
        return openers.length;
      });
      const pdf = await printToPdf(page, `dcio-${language}-page-openers`);
      expect(pdf.pages).toBeGreaterThan(opened);
      expect(glyphsBelowPrintableArea(pdfWords(pdf))).toEqual([]);
    });

    test(`prints a full DCIO report whole: statuses, scale note, no specks (${language})`, async ({ page }) => {
      await openFullDcioReport(page, language);
      await expect(page.locator('.report-toolbar')).toContainText(language === 'th' ? 'เอาเครื่องหมายถูกออกจาก “ส่วนหัวและส่วนท้าย”' : 'untick "Headers and footers"');
      const pdf = await printToPdf(page, `dcio-full-${language}`);
      expect(pdf.pages).toBeLessThanOrEqual(6);
      expect(pdf.text).toContain(language === 'th' ? 'ไม่ใช่ของสำนักงาน ก.พ.' : 'proposed by this app, not by the OCSC');
      const statuses = language === 'th' ? ['วางแผนแล้ว', 'กำลังดำเนินการ', 'เสร็จแล้ว'] : ['Planned', 'In progress', 'Done'];
      for (const status of statuses) expect(pdf.text, status).toContain(status);
      expect(glyphsBelowPrintableArea(pdfWords(pdf))).toEqual([]);
    });
  }

  test('prints the DCIO report with its 29 February appointment, no blank trailing page', async ({ page }) => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
    await openWithState(page, fixture, '#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const pdf = await printToPdf(page, 'dcio-th');
    const { text, pages } = pdf;
    expect(text).toContain('สมหญิง ตัวอย่าง');
    expect(text).toContain('28 กุมภาพันธ์ 2569');
    expect(text).toContain('เกินกำหนด');
    expect(text).toContain('ยังไม่ประเมิน');
    expect(pages).toBeLessThanOrEqual(6);
    expect(pageText(pdf, pages).trim().length).toBeGreaterThan(100);
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
    // The page around the report (its header, navigation and footer, in the screen's Thai) is not printed.
    expect(text).not.toContain('เข็มทิศทักษะดิจิทัล CIO');
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
