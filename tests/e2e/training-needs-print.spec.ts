import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, testMoment } from './fixtures';
import { openWithCatalogue } from './training-needs-files';

// Today (28 Nov 2026) is in fiscal year 2027 (ปีงบประมาณ 2570).
test.use({ clockAt: testMoment });

const words = {
  th: {
    section: 'ความต้องการพัฒนาตามบัญชีแหล่งพัฒนา',
    orgName: 'ชื่อหน่วยงาน (พิมพ์บนรายงาน)',
    byYear: 'แยกตามปีงบประมาณ',
    print: 'พิมพ์ความต้องการพัฒนา (A4)',
    printed: [
      'บันทึกข้อความ',
      'ส่วนราชการ กรมทดสอบความต้องการ',
      'วันที่ 28 พฤศจิกายน 2569',
      'เรื่อง สรุปความต้องการพัฒนาตามบัญชีแหล่งพัฒนา',
      'จากบัญชี agency.json (3 รายการ) และผู้รับการประเมิน 3 คน',
      // R-DS3 for all three (18 hours, free, 6 levels), R-DG5 for two (24 hours, 6,000 baht, 3 levels), in 2570.
      /R-DS3 ตัวอย่าง: ออกแบบบริการ \(สถาบันตัวอย่าง\) หลักสูตรฝึกอบรม ปีงบประมาณ 2570 3 18 0 6/,
      /R-DG5 ตัวอย่าง: สถาปัตยกรรมองค์กร \(สถาบันตัวอย่าง\) หลักสูตรฝึกอบรม ปีงบประมาณ 2570 2 24 6,000 3/,
      'ช่องว่างที่ไม่มีแหล่งพัฒนาใดในบัญชีรองรับ',
      /DS200 .* 3 แหล่งพัฒนาที่มีไม่ยกระดับ/,
    ],
    summaryTitle: 'สรุปผลการประเมินทักษะดิจิทัลของผู้บริหารเทคโนโลยีสารสนเทศ',
  },
  en: {
    section: 'Training needs from the catalogue',
    orgName: 'Organisation name (printed on the summary)',
    byYear: 'By fiscal year',
    print: 'Print the training needs (A4)',
    printed: [
      'Memorandum',
      'Agency กรมทดสอบความต้องการ',
      'Date 28 November 2026',
      'Subject Training needs from the catalogue of development resources',
      'From the catalogue agency.json (3 resources) and 3 people assessed',
      /R-DS3 Example: service design \(สถาบันตัวอย่าง\) Course Fiscal year 2027 3 18 0 6/,
      /R-DG5 Example: enterprise architecture \(สถาบันตัวอย่าง\) Course Fiscal year 2027 2 24 6,000 3/,
      'Gaps no resource of the catalogue serves',
      /DS200 .* 3 The resources that serve it reach no higher/,
    ],
    summaryTitle: 'Digital skills of the CIOs: organisation summary',
  },
};

for (const language of ['th', 'en'] as const) {
  test(`${language}: prints the training needs alone on A4 with the memo heading, read back from the PDF`, async ({ page }) => {
    const w = words[language];
    await openWithCatalogue(page, language);
    await page.getByLabel(w.orgName).fill('กรมทดสอบความต้องการ');
    const section = page.locator('section', { has: page.getByRole('heading', { name: w.section, exact: true }) });
    await section.getByLabel(w.byYear).check();
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await section.getByRole('button', { name: w.print }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
    await page.evaluate(() => document.fonts.ready);
    const path = join(mkdtempSync(join(tmpdir(), 'cio-needs-pdf-')), 'needs.pdf');
    await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
    // The pages as images, to look at (test-results), and as text.
    execFileSync('pdftoppm', ['-png', '-r', '60', path, test.info().outputPath(`needs-${language}`)]);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const phrase of w.printed) expect(text).toMatch(typeof phrase === 'string' ? new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : phrase);
    expect(text).not.toContain(w.summaryTitle);

    // After printing, the page prints its organisation summary again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.org-print--needs')).toHaveCount(0);
  });
}
