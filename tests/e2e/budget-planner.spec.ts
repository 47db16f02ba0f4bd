import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, test, testMoment, type Page } from './fixtures';
import { readCsv } from './hostile-files';
import { openWithCatalogue } from './training-needs-files';
import { everyWidthAndLanguage } from './where';

// Today (28 Nov 2026) is in fiscal year 2027 (ปีงบประมาณ 2570): every gap of the fixture is due in it.
test.use({ clockAt: testMoment });

const words = {
  th: {
    section: 'ข้อเสนอการจัดสรรงบประมาณ',
    baht: 'งบประมาณ (บาท)',
    propose: 'เสนอการจัดสรร',
    invalid: 'กรอกเป็นจำนวนเต็มไม่ติดลบ เช่น 500,000',
    summary:
      /^ปีงบประมาณ 2570: จัดสรร 3,000 จาก 3,000 บาท \(เหลือ 0 บาท\) ให้ 2 แหล่งพัฒนา 4 ที่นั่ง 30 ชั่วโมง ปิดช่องว่างได้ 8 จาก (\d+(?:\.\d)?) ระดับที่ถึงกำหนดภายใน 30 กันยายน 2570/,
    cheapest: 'คุ้มค่าต่อบาท',
    pinned: 'ปักหมุดไว้',
    pin: 'ปักหมุด R-DG5',
    drop: 'ไม่จัดสรร R-DS3',
    restore: 'นำ R-DS3 กลับมาพิจารณา',
    csv: 'ข้อเสนอการจัดสรร CSV (Excel)',
    print: 'พิมพ์ข้อเสนอการจัดสรร',
    printed: ['บันทึกข้อความ', 'ส่วนราชการ', 'กรมทดสอบงบประมาณ', 'เรื่อง', 'ข้อเสนอการจัดสรรงบประมาณ ปีงบประมาณ 2570', 'วันที่', '28 พฤศจิกายน 2569', 'นายเอก ทดสอบ'],
    summaryTitle: 'สรุปผลการประเมินทักษะดิจิทัลของผู้บริหารเทคโนโลยีสารสนเทศ',
  },
  en: {
    section: 'Budget proposal',
    baht: 'Budget (baht)',
    propose: 'Propose',
    invalid: 'Enter a whole number of zero or more, such as 500,000',
    summary:
      /^Fiscal year 2027: 3,000 of 3,000 baht funded \(0 baht left\), 2 resources, 4 places, 30 hours; closes 8 of the (\d+(?:\.\d)?) gap points due by 30 September 2027/,
    cheapest: 'Most per baht',
    pinned: 'Pinned',
    pin: 'Pin R-DG5',
    drop: 'Drop R-DS3',
    restore: 'Put R-DS3 back',
    csv: 'Budget proposal CSV (Excel)',
    print: 'Print the budget proposal',
    printed: ['Memorandum', 'Agency', 'กรมทดสอบงบประมาณ', 'Subject', 'Budget proposal Fiscal year 2027', 'Date', '28 November 2026', 'นายเอก ทดสอบ'],
    summaryTitle: 'Digital skills of the CIOs: organisation summary',
  },
};

const rowsOf = async (page: Page) =>
  (await page.locator('.org-budget__funded tbody tr').allInnerTexts()).map((text) =>
    text
      .split('\t')
      .map((cell) => cell.trim())
      .slice(0, 8),
  );

/** Prints the page to PDF as Chromium's "Save as PDF" does, and reads its text back. */
async function printedText(page: Page): Promise<string> {
  await page.evaluate(() => document.fonts.ready);
  const path = join(mkdtempSync(join(tmpdir(), 'cio-budget-pdf-')), 'budget.pdf');
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', path, test.info().outputPath('budget-page')]);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

for (const [width, language] of everyWidthAndLanguage) {
  test(`${language} at ${width} px: proposes what to fund within a fiscal year's budget, pin and drop recompute, as CSV and printed`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    await openWithCatalogue(page, language);
    await page.getByLabel(language === 'th' ? 'ชื่อหน่วยงาน (พิมพ์บนรายงาน)' : 'Organisation name (printed on the summary)').fill('กรมทดสอบงบประมาณ');
    const section = page.locator('section', { has: page.getByRole('heading', { name: w.section, exact: true }) });

    // A budget that does not read is refused at its field.
    await section.getByLabel(w.baht).fill('สามพัน');
    await section.getByRole('button', { name: w.propose }).click();
    await expect(section.getByText(w.invalid)).toBeVisible();
    await expect(section.locator('.org-budget__summary')).toHaveCount(0);

    // 3,000 baht: the free R-DS3 for all three (6 levels), then R-DG5 for the one it closes most for (2 levels).
    // Enter in the field proposes, as in a form.
    await section.getByLabel(w.baht).fill('3,000');
    await section.getByLabel(w.baht).press('Enter');
    await expect(section.locator('.org-budget__summary')).toHaveText(w.summary);
    expect(await rowsOf(page)).toEqual([
      ['R-DS3', expect.any(String), w.cheapest, '3', '0', '18', '6', '0'],
      ['R-DG5', expect.any(String), w.cheapest, '1', '3,000', '12', '2', '1,500'],
    ]);

    // Dropped, R-DS3 is funded no more and can be put back; pinned, R-DG5 comes first.
    await section.getByRole('button', { name: w.drop }).click();
    await expect(section.locator('.org-budget__funded tbody tr')).toHaveCount(1);
    await section.getByRole('button', { name: w.restore }).click();
    await expect(section.locator('.org-budget__funded tbody tr')).toHaveCount(2);
    await section.getByRole('button', { name: w.pin }).click();
    await expect(section.getByRole('button', { name: w.pin })).toHaveAttribute('aria-pressed', 'true');
    expect((await rowsOf(page)).map((row) => [row[0], row[2]])).toEqual([
      ['R-DG5', w.pinned],
      ['R-DS3', w.cheapest],
    ]);
    await page.screenshot({ path: test.info().outputPath(`budget-${language}-${width}.png`), fullPage: false });

    // The CSV: a row per attendee, a total per resource and for the proposal, then what stays open.
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: w.csv }).click()]);
    expect(download.suggestedFilename()).toMatch(/_budget_2027\.csv$/);
    const csv = readCsv(await download.path());
    expect(csv[0]?.slice(0, 3)).toEqual(['แถว / Row', 'รหัสแหล่งพัฒนา / Resource id', 'ชื่อแหล่งพัฒนา (ไทย) / Resource title (Thai)']);
    expect(csv.slice(1, 8).map((row) => [row[0], row[1], row[6], row[12], row[13], row[14]])).toEqual([
      ['ผู้เข้าร่วม / Attendee', 'R-DG5', 'นายเอก ทดสอบ', '12', '3000', '2'],
      ['รวมรายแหล่งพัฒนา / Resource total', 'R-DG5', '', '12', '3000', '2'],
      ['ผู้เข้าร่วม / Attendee', 'R-DS3', expect.any(String), '6', '0', '2'],
      ['ผู้เข้าร่วม / Attendee', 'R-DS3', expect.any(String), '6', '0', '2'],
      ['ผู้เข้าร่วม / Attendee', 'R-DS3', expect.any(String), '6', '0', '2'],
      ['รวมรายแหล่งพัฒนา / Resource total', 'R-DS3', '', '18', '0', '6'],
      ['รวมทั้งข้อเสนอ / Proposal total', '', '', '30', '3000', '8'],
    ]);
    expect(csv.slice(8).every((row) => row[0] === 'ช่องว่างที่ยังเปิดอยู่ / Still open')).toBe(true);
    expect(csv.slice(8).some((row) => row[9]?.startsWith('DG500 ') && row[11] === '1' && row[15] === '1')).toBe(true);

    // Printed: the memo heading and the proposal, and not the organisation summary the page prints otherwise.
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await section.getByRole('button', { name: w.print }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
    const text = await printedText(page);
    for (const phrase of w.printed) expect(text).toContain(phrase);
    expect(text).not.toContain(w.summaryTitle);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.org-print--budget')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}
