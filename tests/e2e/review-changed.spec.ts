import { readFileSync } from 'node:fs';
import { createReviewFile } from '../../src/domain/files/review';
import type { Review } from '../../src/domain/assessment/review-schema';
import { expect, openWithState, test, type Page } from './fixtures';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const k9 = '[data-key="knowledge:agile"] .target-select select';

/** The supervisor's review answering `request` (the file the appointee exported), as their app would write it. */
function reviewAnswering(request: { requestId: string; fingerprint: string }): Review {
  return {
    id: 'reviewchanged1',
    requestId: request.requestId,
    assessmentId: 'gapfixture1',
    profileId: 'dcio',
    fingerprint: request.fingerprint,
    exportedAt: '2026-11-28T02:00:00.000Z',
    reviewer: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดี', reviewedOn: '2026-11-28' },
    ratings: { 'unit:DG100': { level: 1 } },
    experience: {},
    overall: '',
    plan: { agreed: true },
  };
}

/** Exports a review request from the reviews screen and brings back the review answering it. */
async function requestAndReview(page: Page, language: 'th' | 'en') {
  const words =
    language === 'th'
      ? { export: 'ส่งออกคำขอให้ประเมิน', choose: 'เลือกไฟล์ผลการประเมิน (.json)', attached: 'แนบผลการประเมินของ' }
      : { export: 'Export the review request', choose: 'Choose a review file (.json)', attached: 'review is attached' };
  await openWithState(page, { ...fixture, state: { ...fixture.state, language } }, '#/assessments/gapfixture1/reviews');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: words.export }).click()]);
  const request = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
  await page.getByLabel(words.choose).setInputFiles({
    name: 'review.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(createReviewFile(reviewAnswering(request), '0.1.0'))),
  });
  await expect(page.getByRole('status').filter({ hasText: words.attached })).toBeVisible();
  await expect(page.locator('[data-changed-since]')).toHaveCount(0);
}

test.describe('"ratings changed since this review was requested"', () => {
  test('lists the item and its target from and to on every screen and the report, and clears when the target is put back (Thai, 1280 px)', async ({ page }) => {
    test.setTimeout(240_000);
    await requestAndReview(page, 'th');
    // K9's target from 3 (the default, stored as none) to 2.
    await page.goto('#/assessments/gapfixture1');
    await page.locator(k9).selectOption('2');
    const note = page.locator('[data-changed-since]');
    for (const path of ['#/assessments/gapfixture1/reviews', '#/assessments/gapfixture1/gaps', '#/assessments/gapfixture1/report']) {
      await page.goto(path);
      await expect(note, path).toContainText('ระดับที่ประเมินตนเองเปลี่ยนไปหลังจากส่งคำขอให้ประเมินนี้ (1 รายการ)');
      await expect(note.locator('li[data-key="knowledge:agile"]'), path).toContainText(/^K9 .+: เป้าหมาย 3 → 2$/);
    }
    // Back to 3: now stored as an explicit 3, still the same as when the review was requested.
    await page.goto('#/assessments/gapfixture1');
    await page.locator(k9).selectOption('3');
    // Each screen's review is shown (the note would be beside it), without the note.
    for (const [path, review] of [
      ['reviews', '[data-review]'],
      ['gaps', '.review-comparison'],
      ['report', '.report__review'],
    ] as const) {
      await page.goto(`#/assessments/gapfixture1/${path}`);
      await expect(page.locator(review), path).toBeVisible();
      await expect(note, path).toHaveCount(0);
    }
    // A note is not what the reviewer judged: no flag either.
    await page.goto('#/assessments/gapfixture1');
    const agile = page.locator('[data-key="knowledge:agile"]');
    await agile.locator('.item-note summary').click();
    await agile.locator('.item-note textarea').fill('ใช้ Scrum ในโครงการเดียว');
    await page.goto('#/assessments/gapfixture1/reviews');
    await expect(page.getByRole('heading', { name: 'ผลการประเมินโดยผู้อื่น' })).toBeVisible();
    await expect(note).toHaveCount(0);
  });

  test('says in English which level changed, from and to, at 375 px, and clears when it is put back', async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 375, height: 800 });
    await requestAndReview(page, 'en');
    await page.goto('#/assessments/gapfixture1');
    const agile = page.locator('[data-key="knowledge:agile"]');
    await agile.getByRole('radio', { name: /^4/ }).check();
    await page.goto('#/assessments/gapfixture1/reviews');
    const note = page.locator('[data-changed-since]');
    await expect(note).toContainText('Self-ratings changed since this review was requested (1 item)');
    await expect(note.locator('li[data-key="knowledge:agile"]')).toContainText(/^K9 .+: level 2 → 4$/);
    const box = await note.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(375);
    await page.goto('#/assessments/gapfixture1');
    await agile.getByRole('radio', { name: /^2/ }).check();
    await page.goto('#/assessments/gapfixture1/reviews');
    await expect(page.getByRole('heading', { name: 'Reviews by others' })).toBeVisible();
    await expect(note).toHaveCount(0);
  });
});
