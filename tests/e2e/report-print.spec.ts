import { readFileSync } from 'node:fs';
import type { Review } from '../../src/domain/assessment/review-schema';
import { expect, openWithState, test, testMoment, type Page } from './fixtures';
import { pdfWords, printToPdf, type PdfWord } from './pdf';
import { formatLongDate } from '../../src/domain/calendar/calendar-date';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

// The report is dated today: the page's clock is set.
test.use({ clockAt: testMoment });

/** A supervisor's opinion long enough to cross a page break, between two markers that pdftotext keeps as words. */
const opinion = `OPINIONSTART ${'ผู้รับการประเมินมีความพร้อมด้านเทคโนโลยีดิจิทัล ควรเร่งพัฒนาด้านธรรมาภิบาลข้อมูลและการบริหารโครงการ '.repeat(9)}OPINIONEND`;
const review: Review = {
  id: 'reviewprint01',
  requestId: 'requestprint1',
  assessmentId: 'gapfixture1',
  profileId: 'dcio',
  fingerprint: 'fnv1a64:0000000000000000',
  exportedAt: '2026-11-28T02:00:00.000Z',
  reviewer: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดีกรมตัวอย่าง', reviewedOn: '2026-11-28' },
  ratings: { 'unit:DG100': { level: 0 }, 'criterion:SPM304.1': { level: 1 } },
  // Self: "some" for implementation, "none" for networking.
  experience: { implementation: { status: 'none' }, networking: { status: 'yes' } },
  overall: opinion,
  plan: { agreed: true },
};
const reviewed = (language: 'th' | 'en') => ({
  ...fixture,
  state: { ...fixture.state, language, assessments: { gapfixture1: { ...fixture.state.assessments.gapfixture1, reviews: [review] } } },
});

async function openReport(page: Page, language: 'th' | 'en') {
  await openWithState(page, reviewed(language), '#/assessments/gapfixture1/report');
  await expect(page.locator('.report svg').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

const wordsBetween = (words: PdfWord[], first: string, last: string) => [
  words.find((word) => word.text.includes(first)),
  words.find((word) => word.text.includes(last)),
];

for (const language of ['th', 'en'] as const) {
  const words =
    language === 'th'
      ? {
          options: 'ตัวเลือกการพิมพ์',
          agency: 'ส่วนราชการ',
          number: 'ที่',
          thaiDigits: 'ใช้เลขไทย (๐–๙) ทั้งรายงาน',
          signatures: 'การรับรอง',
          hrFirst: 'การรับทราบของหน่วยงานบริหารทรัพยากรบุคคล',
          acknowledgement: 'การรับทราบของผู้รับการประเมิน',
          date: 'วันที่',
          some: 'มีบางส่วน',
          none: 'ยังไม่มี',
          yes: 'มีแล้ว',
          less: 'น้อยกว่า',
          more: 'มากกว่า',
        }
      : {
          options: 'Printing options',
          agency: 'Agency',
          number: 'Document number (ที่)',
          thaiDigits: 'Thai digits (๐–๙) throughout the report',
          signatures: 'Signatures',
          hrFirst: 'Acknowledged',
          acknowledgement: 'acknowledgement',
          date: 'Date',
          some: 'Some',
          none: 'None',
          yes: 'Yes',
          less: 'less',
          more: 'more',
        };

  test.describe(`the printed report with a review (${language})`, () => {
    test('shows its options open with their marker, gives every id once, and holds the memo header whole', async ({ page }) => {
      await openReport(page, language);
      const options = page.locator('details.report-options');
      await expect(options).toHaveAttribute('open', '');
      expect(await options.locator('summary').evaluate((summary) => getComputedStyle(summary).display)).toBe('list-item');
      await expect(page.getByLabel(words.agency, { exact: true })).toBeVisible();
      const duplicates = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        return ids.filter((id, index) => ids.indexOf(id) !== index);
      });
      expect(duplicates).toEqual([]);

      await page.getByLabel(words.agency, { exact: true }).fill('กรมพัฒนาธุรกิจการค้าและการส่งเสริมเศรษฐกิจดิจิทัลแห่งชาติ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
      await page.getByLabel(words.number, { exact: true }).fill('อก 0501/1234');
      // Every label of the memo on one line, the number on one line.
      for (const part of ['agency', 'number']) {
        const lines = await page.locator(`.report__memo [data-memo="${part}"]`).evaluate((row) => {
          const lineHeight = parseFloat(getComputedStyle(row).lineHeight) || 20;
          const [label, value] = [row.querySelector('dt'), row.querySelector('dd')].map((element) =>
            Math.round((element?.getBoundingClientRect().height ?? 0) / lineHeight),
          );
          return { label, value };
        });
        expect(lines.label, `${part}: its label on one line`).toBe(1);
        if (part === 'number') expect(lines.value, 'the number on one line').toBe(1);
      }
      const pdf = await printToPdf(page, `memo-${language}`);
      const memoLine = pdf.text.split('\n').find((line) => line.includes('0501/1234')) ?? '';
      expect(memoLine).toContain('อก 0501/1234');
      expect(pdf.text).toMatch(language === 'th' ? /ส่วนราชการ/ : /\bAgency\b/);
    });

    test('keeps item codes in Arabic digits under Thai digits, and writes experience in words in every table', async ({ page }) => {
      await openReport(page, language);
      const implementation = page.locator('.report__differences tr[data-key="experience:implementation"]');
      await expect(implementation).toContainText(words.yes);
      await expect(implementation).toContainText(words.some);
      await expect(implementation).toContainText(words.none);
      await expect(implementation).toContainText(words.less);
      // Target, self, reviewer and difference: words, no figure.
      for (const cell of await implementation
        .locator('td')
        .all()
        .then((cells) => cells.slice(2, 6)))
        await expect(cell).not.toContainText(/\d/);
      await expect(page.locator('.report__differences tr[data-key="experience:networking"]')).toContainText(words.more);

      await page.getByLabel(words.thaiDigits).check();
      await expect(page.locator('.report__differences tr[data-key="unit:DG100"]')).toContainText('DG100');
      const pdf = await printToPdf(page, `thai-digits-${language}`);
      for (const code of ['DG100', 'SPM304.1', 'DT600', 'K9', 'E1']) expect(pdf.text, code).toContain(code);
      // Apart from the codes, no Arabic digit is left.
      expect(pdf.text.replace(/[A-Za-z]+[0-9]+(?:\.[0-9]+)*/g, '')).not.toMatch(/[0-9]/);
    });

    test("never splits the opinion, the signatures or HR's block across pages, wherever the breaks fall", async ({ page }) => {
      test.setTimeout(300_000);
      await openReport(page, language);
      for (const push of [0, 40, 80, 120, 160, 200, 240]) {
        await page.evaluate((mm) => document.querySelector<HTMLElement>('.report__header')?.style.setProperty('padding-bottom', `${mm}mm`), push);
        const pdf = await printToPdf(page, `opinion-${language}-${push}`);
        const all = pdfWords(pdf);
        const [start, end] = wordsBetween(all, 'OPINIONSTART', 'OPINIONEND');
        expect(start?.page, `pushed ${push} mm: the opinion on one page`).toBe(end?.page);
        // The reviewer's name, on the first line of the block, with the opinion.
        const name = all.find((word) => word.text.includes('สมศรี') && word.page === start?.page && word.yMax <= (start?.yMin ?? 0));
        expect(name, `pushed ${push} mm: who gave the opinion on its page`).toBeDefined();
        // The signatures: their heading, and below it on the same page the date line, the last of the block (with a
        // review the appointee signs here; the supervisor under their own opinion).
        const signatures = all.find((word) => word.text === words.signatures);
        const datesBelow = (heading: PdfWord | undefined) =>
          all.filter((word) => word.page === heading?.page && word.yMin > (heading?.yMax ?? 0) && word.text === words.date).length;
        expect(datesBelow(signatures), `pushed ${push} mm: the signatures whole on one page`).toBeGreaterThanOrEqual(1);
        // Level 1 signs under their opinion, with the date of review, on the opinion's page (issue 26, second trial).
        expect(datesBelow(end), `pushed ${push} mm: level 1's own signature and date with the opinion`).toBeGreaterThanOrEqual(1);
        const reviewedOn = formatLongDate(review.reviewer.reviewedOn, language).split(' ').at(-1);
        expect(
          all.some((word) => word.page === end?.page && word.yMin > (end?.yMax ?? 0) && word.text === reviewedOn),
          `pushed ${push} mm: level 1's date filled in`,
        ).toBe(true);
        // HR's block closes the report: its heading and its date line on the last page, not alone there: the
        // appointee's acknowledgement goes with it.
        const hr = all.find((word) => word.text === words.hrFirst);
        expect(hr?.page, `pushed ${push} mm: HR's block on the last page`).toBe(pdf.pages);
        expect(datesBelow(hr), `pushed ${push} mm: HR's block whole`).toBeGreaterThanOrEqual(1);
        const acknowledgement = all.find((word) => word.text.includes(words.acknowledgement));
        expect(acknowledgement?.page, `pushed ${push} mm: HR's block not alone on its page`).toBe(hr?.page);
      }
    });
  });
}
