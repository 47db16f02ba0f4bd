import { readFileSync } from 'node:fs';
import type { Review } from '../../src/domain/assessment/review-schema';
import { expect, expectNoAxeViolations, openWithState, test, testMoment, type Page } from './fixtures';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

test.use({ clockAt: testMoment });

const opinion = 'ความเห็นลับของผู้บังคับบัญชา';
const review: Review = {
  id: 'reviewsecret',
  requestId: 'requestsecret',
  assessmentId: 'gapfixture1',
  profileId: 'dcio',
  fingerprint: 'fnv1a64:0000000000000000',
  exportedAt: '2026-11-28T02:05:00.000Z',
  reviewer: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดี', reviewedOn: '2026-11-28' },
  ratings: { 'unit:DG100': { level: 1, comment: opinion } },
  experience: {},
  overall: opinion,
  plan: { agreed: true },
};
/** The gap fixture with one supervisor's review, in `language`. */
const reviewed = (language: 'th' | 'en') => ({
  ...fixture,
  state: { ...fixture.state, language, assessments: { gapfixture1: { ...fixture.state.assessments.gapfixture1, reviews: [review] } } },
});
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state);
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test.describe('confidentiality of the reviews by others', () => {
  test("the assistant's backup leaves the reviews out unless ticked in; a copy and a new round ask whether to carry them, and round 2 prints only its own (Thai, 1280 px)", async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await openWithState(page, reviewed('th'), '#/assessments/gapfixture1/reviews');
    const box = page.getByRole('checkbox', { name: 'รวมผลการประเมินโดยผู้อื่นไปด้วย' });
    await expect(box).not.toBeChecked();
    await page.locator('.backup-for-assistant').screenshot({ path: test.info().outputPath('backup-for-assistant-1280-th.png') });
    const bare = await downloaded(page, () => page.getByRole('button', { name: 'ส่งออกไฟล์สำรองสำหรับผู้ช่วย' }).click());
    expect(bare.name).toMatch(/_DCIO_.*_backup-for-assistant-without-reviews\.json$/);
    expect(bare.text).not.toContain(opinion);
    expect(JSON.parse(bare.text).assessments[0]).not.toHaveProperty('reviews');
    await expect(page.getByRole('status').filter({ hasText: 'ส่งออกไฟล์สำรองสำหรับผู้ช่วยแล้ว' })).toContainText(bare.name);
    await box.check();
    const whole = await downloaded(page, () => page.getByRole('button', { name: 'ส่งออกไฟล์สำรองสำหรับผู้ช่วย' }).click());
    expect(whole.text).toContain(opinion);
    await expectNoAxeViolations(page);

    // A copy asks: the safe answer, without the reviews, is the main button.
    await page.goto('#/assessments');
    await page.getByRole('button', { name: /^ทำสำเนา/ }).click();
    const copyDialog = page.getByRole('dialog', { name: /^ทำสำเนา/ });
    await expect(copyDialog).toContainText('ผลการประเมินโดยผู้อื่น 1 ฉบับ ซึ่งอาจเป็นความลับ');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('duplicate-ask-1280-th.png') });
    await copyDialog.getByRole('button', { name: 'ทำสำเนา ไม่คัดลอกผลการประเมินโดยผู้อื่น' }).click();
    await expect(page.getByRole('radiogroup', { name: /DG100/ })).toBeVisible();
    const afterCopy = await stored(page);
    const copy = Object.values(afterCopy.assessments as Record<string, { id: string; reviews?: unknown[]; ratings: unknown }>).find(
      (entry) => entry.id !== 'gapfixture1',
    );
    expect(copy?.ratings).toEqual(afterCopy.assessments.gapfixture1.ratings);
    expect(copy?.reviews).toBeUndefined();
    expect(JSON.stringify(copy)).not.toContain(opinion);

    // A new round asks too: by default the review stays with round 1.
    await page.goto('#/assessments/gapfixture1');
    await page.getByRole('button', { name: 'เริ่มรอบใหม่' }).click();
    const roundDialog = page.getByRole('dialog', { name: 'เริ่มการประเมินรอบใหม่?' });
    await expect(roundDialog).toContainText('ผลการประเมินโดยผู้อื่น 1 ฉบับจะเก็บไว้กับรอบที่ 1 รายงานของรอบที่ 2 จะพิมพ์เฉพาะผลการประเมินของรอบนั้น');
    await expect(roundDialog.getByRole('button', { name: 'เริ่มรอบใหม่ และยกผลการประเมินโดยผู้อื่นไปด้วย' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('new-round-ask-1280-th.png') });
    await roundDialog.getByRole('button', { name: 'เริ่มรอบใหม่', exact: true }).click();
    await expect(page.locator('.saved-note')).toContainText('รอบที่ 2');
    const afterRound = (await stored(page)).assessments.gapfixture1;
    expect(afterRound.reviews).toBeUndefined();
    expect(afterRound.rounds[0].reviews.map((entry: { id: string }) => entry.id)).toEqual(['reviewsecret']);

    await page.goto('#/assessments/gapfixture1/reviews');
    await expect(page.locator('.review-list h3')).toHaveCount(0);
    await page.goto('#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await expect(page.locator('.report')).not.toContainText(opinion);
    await expect(page.locator('.report')).not.toContainText('สมศรี ผู้บังคับบัญชา');
    await expect(page.locator('#report-review-choice')).toHaveCount(0);
  });

  test('in English at 375 px: the backup screen carries the reviews by default, and leaves them out when unticked; a new round may carry them on', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 375, height: 800 });
    await openWithState(page, reviewed('en'), '#/backup');
    const box = page.getByRole('checkbox', { name: "Include the reviews by others (the supervisor's opinions) in the file" });
    await expect(box).toBeChecked();
    await box.uncheck();
    await page.screenshot({ path: test.info().outputPath('backup-with-reviews-375-en.png'), fullPage: true });
    const bare = await downloaded(page, () => page.getByRole('button', { name: 'Export everything (JSON)' }).click());
    expect(bare.name).toMatch(/_without-reviews\.json$/);
    expect(bare.text).not.toContain(opinion);
    // Not the user's own backup: the last backup is still "never".
    await expect(page.getByTestId('last-backup')).toHaveText('Never');
    await box.check();
    const whole = await downloaded(page, () => page.getByRole('button', { name: 'Export everything (JSON)' }).click());
    expect(whole.name).not.toContain('without-reviews');
    expect(whole.text).toContain(opinion);
    await expect(page.getByTestId('last-backup')).not.toHaveText('Never');
    await expectNoAxeViolations(page);

    await page.goto('#/assessments/gapfixture1');
    await page.getByRole('button', { name: 'Start a new round' }).click();
    const roundDialog = page.getByRole('dialog', { name: 'Start a new round?' });
    await expect(roundDialog).toContainText(
      'The 1 review by others stays with round 1: the report of round 2 prints only the reviews of that round, unless you carry these on.',
    );
    await page.screenshot({ path: test.info().outputPath('new-round-ask-375-en.png') });
    await expectNoAxeViolations(page);
    await roundDialog.getByRole('button', { name: 'Start the new round and carry the reviews on' }).click();
    await expect(page.locator('.saved-note')).toContainText('Round 2');
    await page.goto('#/assessments/gapfixture1/reviews');
    await expect(page.locator('.review-list h3')).toHaveCount(1);
    await page.goto('#/assessments/gapfixture1/report');
    await expect(page.locator('.report__review')).toContainText(opinion);
  });
});
