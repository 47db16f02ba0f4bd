import { readFileSync } from 'node:fs';
import type { Review, SentRequest } from '../../src/domain/assessment/review-schema';
import { expect, expectNoAxeViolations, openWithState, test, testMoment, type Page } from './fixtures';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

// The reviews' times and "today" for the reviewer's date are Bangkok's on a set day.
test.use({ clockAt: testMoment });

const sent = (id: string, selfRatingsShown: boolean): SentRequest => ({
  id,
  exportedAt: '2026-11-27T01:00:00.000Z',
  selfRatingsShown,
  asked: { ratings: {}, experience: {} },
});
const review = (id: string, requestId: string, exportedAt: string): Review => ({
  id,
  requestId,
  assessmentId: 'gapfixture1',
  profileId: 'dcio',
  fingerprint: 'fnv1a64:0000000000000000',
  exportedAt,
  reviewer: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดี', reviewedOn: '2026-11-28' },
  ratings: { 'unit:DG100': { level: 1 } },
  experience: {},
  overall: '',
  plan: { agreed: true },
});
/** Two reviews by one person on one day, one without and one with the self-ratings: 09:05 and 15:40 in Bangkok. */
const twoReviews = (language: 'th' | 'en') => ({
  ...fixture,
  state: {
    ...fixture.state,
    language,
    assessments: {
      gapfixture1: {
        ...fixture.state.assessments.gapfixture1,
        reviews: [review('reviewmorning', 'requesthidden', '2026-11-28T02:05:00.000Z'), review('reviewafternoon', 'requestshown', '2026-11-28T08:40:00.000Z')],
        requests: [sent('requesthidden', false), sent('requestshown', true)],
      },
    },
  },
});
const storedReviews = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state?.assessments?.gapfixture1?.reviews ?? []).map(
        (entry: { id: string }) => entry.id,
      ) as string[],
  );

test.describe('reviews can be told apart and removed', () => {
  test('labels carry who, when to the minute and whether the self-ratings were seen, in every picker; one removed comes back with undo until the page is left (Thai, 1280 px)', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await openWithState(page, twoReviews('th'), '#/assessments/gapfixture1/reviews');
    const morning = 'สมศรี ผู้บังคับบัญชา · อธิบดี · 28 พฤศจิกายน 2569 เวลา 09:05 น. · ไม่เห็นระดับที่ประเมินตนเอง';
    const afternoon = 'สมศรี ผู้บังคับบัญชา · อธิบดี · 28 พฤศจิกายน 2569 เวลา 15:40 น. · เห็นระดับที่ประเมินตนเอง';
    await expect(page.locator('.review-list h3')).toHaveText([morning, afternoon]);

    await page.getByRole('button', { name: `นำผลการประเมินนี้ออก: ${morning}` }).click();
    await expect(page.locator('.review-list h3')).toHaveText([afternoon]);
    await expect(page.getByRole('status').filter({ hasText: 'นำผลการประเมินของ' })).toContainText(morning);
    await expect(page.getByRole('button', { name: 'เลิกทำ' })).toBeFocused();
    expect(await storedReviews(page)).toEqual(['reviewafternoon']);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'เลิกทำ' }).click();
    await expect(page.locator('.review-list h3')).toHaveText([morning, afternoon]);
    await expect.poll(() => storedReviews(page)).toEqual(['reviewmorning', 'reviewafternoon']);

    // The pickers of the gap screen and the report name each review the same way.
    await page.goto('#/assessments/gapfixture1/gaps');
    await expect(page.locator('#review-choice option')).toHaveText([morning, afternoon]);
    await page.goto('#/assessments/gapfixture1/report');
    await expect(page.locator('#report-review-choice option')).toHaveText([morning, afternoon, 'ไม่พิมพ์ความเห็น']);
    await expect(page.locator('.report__review')).toContainText('ผู้ประเมินเห็นระดับที่ประเมินตนเอง');

    // Removed, then the page is left: the undo goes with it, and the review stays removed.
    await page.goto('#/assessments/gapfixture1/reviews');
    await page.getByRole('button', { name: `นำผลการประเมินนี้ออก: ${afternoon}` }).click();
    await page.goto('#/assessments/gapfixture1/gaps');
    await expect(page.locator('.review-comparison')).toBeVisible();
    await page.goto('#/assessments/gapfixture1/reviews');
    await expect(page.locator('.review-list h3')).toHaveText([morning]);
    await expect(page.getByRole('button', { name: 'เลิกทำ' })).toHaveCount(0);
  });

  test('in English at 375 px: the labels, removal and undo', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openWithState(page, twoReviews('en'), '#/assessments/gapfixture1/reviews');
    const morning = 'สมศรี ผู้บังคับบัญชา · อธิบดี · 28 November 2026, 09:05 · did not see the self-ratings';
    const afternoon = 'สมศรี ผู้บังคับบัญชา · อธิบดี · 28 November 2026, 15:40 · saw the self-ratings';
    await expect(page.locator('.review-list h3')).toHaveText([morning, afternoon]);
    await page.getByRole('button', { name: `Remove this review: ${afternoon}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed the review by' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.review-list h3')).toHaveText([morning, afternoon]);
  });
});

test.describe('the files and dates of a review', () => {
  test('requests with and without self-ratings have different names; the reviewer cannot date a review after today, and the file carries the review date', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    await openWithState(page, fixture, '#/assessments/gapfixture1/reviews');
    const exported = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกคำขอให้ประเมิน' }).click()]);
      return download;
    };
    const hidden = await exported();
    expect(hidden.suggestedFilename()).toMatch(/^review-request-without-self-ratings_DCIO_สมหญิง-ตัวอย่าง_2026-11-28\.json$/);
    await page.getByLabel('ให้ผู้ประเมินเห็นระดับที่ฉันประเมินตนเอง').check();
    expect((await exported()).suggestedFilename()).toMatch(/^review-request-with-self-ratings_DCIO_/);

    const context = await browser.newContext({ baseURL });
    await context.clock.install({ time: new Date(testMoment) });
    const reviewer = await context.newPage();
    await openWithState(reviewer, { state: { language: 'th', assessments: {}, currentAssessmentId: null }, version: 5 }, '#/review');
    await reviewer.getByLabel('เลือกไฟล์คำขอให้ประเมิน (.json)').setInputFiles((await hidden.path()) ?? '');
    await reviewer.getByLabel('ชื่อผู้ประเมิน').fill('สมศรี ผู้บังคับบัญชา');
    await reviewer.getByLabel('ตำแหน่ง').fill('อธิบดี');
    const date = reviewer.getByRole('group', { name: 'วันที่ประเมิน' });
    await date.getByLabel('วัน').selectOption('29');
    await reviewer.getByRole('button', { name: 'ส่งออกผลการประเมิน' }).click();
    await expect(reviewer.getByRole('alert')).toContainText('กรุณาแก้ไข');
    await expect(reviewer.getByText('วันที่ประเมินต้องไม่เลยวันนี้')).toBeVisible();
    await date.getByLabel('วัน').selectOption('26');
    await reviewer.getByRole('button', { name: 'ส่งออกผลการประเมิน' }).click();
    const [review] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('button', { name: 'ส่งออกทั้งที่ยังไม่ครบ' }).click()]);
    // The review's own date, not the day it was exported (28 November).
    expect(review.suggestedFilename()).toMatch(/^review_DCIO_สมหญิง-ตัวอย่าง_สมศรี-ผู้บังคับบัญชา_2026-11-26\.json$/);
    await context.close();
  });
});
