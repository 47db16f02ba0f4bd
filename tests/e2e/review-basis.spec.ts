import { readFileSync } from 'node:fs';
import type { Review } from '../../src/domain/assessment/review-schema';
import { expect, expectNoAxeViolations, openWithState, test, testMoment, type Page } from './fixtures';
import { printToPdf } from './pdf';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

// The plan's deadlines and the report's date depend on the day.
test.use({ clockAt: testMoment });

/** The supervisor rated DT600 at 1, where the appointee says 4 against a target of 3. */
const review: Review = {
  id: 'reviewbasis01',
  requestId: 'requestbasis1',
  assessmentId: 'gapfixture1',
  profileId: 'dcio',
  fingerprint: 'fnv1a64:0000000000000000',
  exportedAt: '2026-11-28T02:00:00.000Z',
  reviewer: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดี', reviewedOn: '2026-11-28' },
  ratings: { 'unit:DT600': { level: 1, comment: 'ควรมีกิจกรรมพัฒนา' } },
  experience: {},
  overall: '',
  plan: { agreed: false },
};
const reviewed = (language: 'th' | 'en') => {
  const assessment = fixture.state.assessments.gapfixture1;
  return {
    ...fixture,
    state: {
      ...fixture.state,
      language,
      assessments: { gapfixture1: { ...assessment, ratings: { ...assessment.ratings, 'unit:DT600': { level: 4 } }, reviews: [review] } },
    },
  };
};
const storedBasis = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state?.assessments?.gapfixture1?.gapBasis as unknown);

test.describe('one basis for the whole report', () => {
  test("the reviewer's figures drive the gap chart, the plan and the printed summary, said on screen and paper, and are remembered (Thai, 1280 px)", async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await openWithState(page, reviewed('th'), '#/assessments/gapfixture1/gaps');
    const bars = page.locator('figure:has([data-chart="gaps"]) tbody');
    await expect(page.locator('[data-figure="overall"] dd')).toBeVisible();
    // By the self-assessment DT600 is met: not among the gaps.
    await expect(bars.locator('tr[data-key="unit:DT600"]')).toHaveCount(0);
    await page.getByLabel('ระดับที่ผู้ประเมินให้').check();
    await expect(page.getByRole('status').filter({ hasText: 'คำนวณจาก: ระดับที่ สมศรี ผู้บังคับบัญชา ให้' })).toBeVisible();
    await expect(bars.locator('tr[data-key="unit:DT600"]')).toContainText('1');
    const overall = (await page.locator('[data-figure="overall"] dd').textContent()) ?? '';
    await expect.poll(() => storedBasis(page)).toEqual({ view: 'reviewer' });
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByLabel('ระดับที่ผู้ประเมินให้')).toBeChecked();

    // The plan lists DT600 as a gap no action serves, and an action can serve it.
    await page.goto('#/assessments/gapfixture1/plan');
    await expect(page.locator('.plan__basis')).toContainText('คำนวณจาก: ระดับที่ สมศรี ผู้บังคับบัญชา ให้');
    await page.getByRole('button', { name: 'เพิ่มกิจกรรมสำหรับ DT600' }).click();
    await expect(page.locator('.serves input[value="unit:DT600"]')).toBeChecked();
    await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await expect(page.locator('.plan__uncovered li[data-key="unit:DT600"]')).toHaveCount(0);

    // The printed summary: the same figure as the gap screen, and what it is computed from.
    await page.goto('#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await expect(page.locator('.report [data-figure="overall"]')).toHaveText(overall);
    await page.evaluate(() => document.fonts.ready);
    const pdf = await printToPdf(page, 'basis-th');
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('ตัวเลขสรุปในรายงานนี้คำนวณจาก: ระดับที่ สมศรี ผู้บังคับบัญชา ให้');
  });

  test('in English at 375 px: the lower of the two, said on the gap screen, the plan and the report', async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 375, height: 800 });
    await openWithState(page, reviewed('en'), '#/assessments/gapfixture1/gaps');
    await page.getByLabel('the lower of the two, item by item').check();
    const statement = "use: the lower of the self-rating and สมศรี ผู้บังคับบัญชา's, item by item";
    await expect(page.getByRole('status').filter({ hasText: statement })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.goto('#/assessments/gapfixture1/plan');
    await expect(page.locator('.plan__basis')).toContainText(statement);
    await expect(page.locator('.plan__uncovered li[data-key="unit:DT600"]')).toBeVisible();
    await page.goto('#/assessments/gapfixture1/report');
    await expect(page.locator('.report__basis-of-figures')).toHaveText(`This report's summary figures ${statement}`);
  });
});
