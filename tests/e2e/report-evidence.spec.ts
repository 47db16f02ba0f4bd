import { readFileSync } from 'node:fs';
import { formatLongDate } from '../../src/domain/calendar/calendar-date';
import { expect, openWithState, test, testMoment } from './fixtures';
import { pdfWords, printToPdf } from './pdf';

/**
 * The report's annex of evidence files (issue 27): printed to PDF and read back, each file with the item it supports,
 * its name, the day it was added and its SHA-256 in four groups of 16 digits, on a page of its own after the signatures.
 */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
test.use({ clockAt: testMoment });

const shaOrder = '3f2a9c0d81e4b7a65c19d0e2f4a8b3c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1';
const shaReport = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9b';
const withEvidence = (language: 'th' | 'en') => {
  const state = structuredClone(fixture);
  state.state.language = language;
  state.state.assessments.gapfixture1.evidence = [
    { id: 'file-annex01', attachedTo: 'unit:DG100', name: 'คำสั่งแต่งตั้ง.pdf', size: 52_000, addedAt: '2026-11-20T03:00:00.000Z', sha256: shaOrder },
    {
      id: 'file-annex02',
      attachedTo: 'experience:enterprise-architecture',
      name: 'EA-report.pdf',
      size: 91_000,
      addedAt: '2026-11-25T03:00:00.000Z',
      sha256: shaReport,
    },
  ];
  return state;
};
const groups = (sha: string) => sha.match(/.{16}/g) ?? [];

for (const language of ['th', 'en'] as const) {
  test(`the printed report ends with the evidence annex: file, day added and SHA-256, read back from the PDF (${language})`, async ({ page }) => {
    await openWithState(page, withEvidence(language), '#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    const heading = language === 'th' ? 'ภาคผนวก: ไฟล์หลักฐาน' : 'Annex: evidence files';
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const pdf = await printToPdf(page, `evidence-annex-${language}`);
    // Compared without white space: a name or a date may wrap in its column.
    const text = pdf.text.replace(/\s+/g, '');
    for (const expected of [
      'คำสั่งแต่งตั้ง.pdf',
      'EA-report.pdf',
      formatLongDate('2026-11-20', language),
      formatLongDate('2026-11-25', language),
      ...groups(shaOrder),
      ...groups(shaReport),
    ]) {
      expect(text, expected).toContain(expected.replace(/\s+/g, ''));
    }
    // Each hash reads back whole, group after group, in the order of the tables (DG100 before the experience).
    const words = pdfWords(pdf);
    const shaWords = words
      .filter((word) => /^[0-9a-f]{16}$/.test(word.text))
      .sort((a, b) => a.page - b.page || a.yMin - b.yMin)
      .map((word) => word.text);
    expect(shaWords).toEqual([...groups(shaOrder), ...groups(shaReport)]);
    // The annex starts a page of its own, the last one, after the signatures.
    const annexPage = words.find((word) => word.text === (language === 'th' ? 'ภาคผนวก:' : 'Annex:'))?.page;
    expect(annexPage).toBe(pdf.pages);
    expect(words.filter((word) => word.page === annexPage && /^[0-9a-f]{16}$/.test(word.text))).toHaveLength(8);
    expect(pdf.pages).toBeGreaterThan(1);
  });
}
