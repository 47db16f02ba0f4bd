import { expect, expectNoAxeViolations, openWithState, test } from './fixtures';
import { action, fileOf, gapAssessment, handoffOf, savedText, storedWith } from './hostile-files';

/** The plan as sent: two actions the assistant edits. */
const sent = [action('statusaction', { description: 'อบรมธรรมาภิบาลข้อมูล' }), action('bothaction1', { description: 'ดูงาน สพร.' })];
/** Since sending, the appointee set the first in progress and renamed the second. */
const ours = [action('statusaction', { description: 'อบรมธรรมาภิบาลข้อมูล', status: 'in-progress' }), action('bothaction1', { description: 'ดูงาน สพร. (ของฉัน)' })];
/** The assistant changed only the first one's description, and the second one's description and target date. */
const theirs = [
  action('statusaction', { description: 'อบรมธรรมาภิบาลข้อมูล รุ่น 2' }),
  action('bothaction1', { description: 'ดูงาน สพร. (ของผู้ช่วย)', targetOn: '2027-03-31' }),
];
const storedActions = async (page: Parameters<typeof savedText>[0]) =>
  JSON.parse((await savedText(page)) ?? '{}').state.assessments[gapAssessment.id].actions as Record<string, unknown>[];

test.describe('the hand-off is merged field by field, three-way', () => {
  test("only the assistant's own changes are offered, each field accepted or rejected, both sides shown where both changed (Thai, 1280 px)", async ({
    page,
  }) => {
    await openWithState(page, storedWith({ actions: ours }), `#/assessments/${gapAssessment.id}/reviews`);
    await page.getByLabel('เลือกไฟล์ส่งต่อแผน (.json)').setInputFiles(fileOf('handoff.json', handoffOf(sent, theirs)));
    await expect(page.getByRole('heading', { name: 'การเปลี่ยนแปลงจากผู้ช่วย' })).toBeFocused();
    // A file from before the hand-off named its sender still reads, and says so.
    const brief = page.getByRole('region', { name: 'สรุปไฟล์ส่งต่อแผน' });
    await expect(brief.locator('[data-summary="sender"] dd')).toHaveText('ไม่ได้ระบุผู้ส่ง (ไฟล์จากแอปรุ่นก่อน)');
    await expect(brief.locator('[data-summary="changes"] dd')).toHaveText('กิจกรรมใหม่ 0 · ถูกลบ 0 · แก้ไข 2 กิจกรรม (3 ส่วน)');
    const first = page.locator('.merge-list > li').nth(0);
    const second = page.locator('.merge-list > li').nth(1);
    // The status the appointee set is not shown as the assistant's change.
    await expect(first.locator('.merge-field')).toHaveCount(1);
    await expect(first.locator('.merge-field')).toHaveAttribute('data-field', 'description');
    await expect(first).not.toContainText('สถานะ');
    await expect(second.locator('.merge-field')).toHaveCount(2);
    const both = second.locator('.merge-field[data-field="description"]');
    await expect(both).toContainText('คุณแก้ไขส่วนนี้ด้วยหลังส่งไฟล์สำรอง');
    await expect(both.locator('dd')).toHaveText(['ดูงาน สพร.', 'ดูงาน สพร. (ของฉัน)', 'ดูงาน สพร. (ของผู้ช่วย)']);
    await expect(second.locator('.merge-field[data-field="targetOn"] dd')).toHaveText(['30 มิถุนายน 2570', '31 มีนาคม 2570']);
    await expectNoAxeViolations(page);
    await page.locator('.merge').screenshot({ path: test.info().outputPath('handoff-fields-1280-th.png') });

    await first.getByRole('radio', { name: 'รับ', exact: true }).check();
    await second.locator('.merge-field[data-field="targetOn"]').getByRole('radio', { name: 'รับ', exact: true }).check();
    await page.getByRole('button', { name: 'บันทึกตามที่เลือก' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'รับ 2 รายการ ไม่รับ 1 รายการ' })).toBeVisible();
    const after = await storedActions(page);
    expect(after.map((entry) => [entry.id, entry.description, entry.status, entry.targetOn])).toEqual([
      ['statusaction', 'อบรมธรรมาภิบาลข้อมูล รุ่น 2', 'in-progress', '2027-06-30'],
      ['bothaction1', 'ดูงาน สพร. (ของฉัน)', 'planned', '2027-03-31'],
    ]);
  });

  test('in English at 375 px: the fields of a change, and a start and target taken from different sides are refused', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const dated = [action('datedaction', { description: 'Mentoring', startOn: '2027-01-01', targetOn: '2027-02-01' })];
    const moved = [action('datedaction', { description: 'Mentoring', startOn: '2027-05-01', targetOn: '2027-06-01' })];
    const state = storedWith({ actions: dated }) as { state: Record<string, unknown> };
    await openWithState(page, { ...state, state: { ...state.state, language: 'en' } }, `#/assessments/${gapAssessment.id}/reviews`);
    await page.getByLabel('Choose a plan hand-off file (.json)').setInputFiles(fileOf('handoff.json', handoffOf(dated, moved)));
    const change = page.locator('.merge-list > li');
    await expect(change.locator('.merge-field')).toHaveCount(2);
    const brief = page.getByRole('region', { name: 'The plan hand-off in brief' });
    await expect(brief.locator('[data-summary="sender"] dd')).toHaveText('Sender not stated (a file from an earlier version of the app)');
    await expect(brief.locator('[data-summary="sent"] dd')).toHaveText(/^28 November 2026 at \d\d:\d\d$/);
    await expect(brief.locator('[data-summary="changes"] dd')).toHaveText('0 new actions · 0 removed · 1 action changed (2 fields)');
    await brief.screenshot({ path: test.info().outputPath('handoff-brief-375-en.png') });
    await expect(change.locator('.merge-field[data-field="startOn"] dt')).toHaveText(['Yours now', "The assistant's"]);
    await change.locator('.merge-field[data-field="startOn"]').getByRole('radio', { name: 'Accept' }).check();
    await page.screenshot({ path: test.info().outputPath('handoff-fields-375-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'As chosen, the target date of "Mentoring" would come before its start: accept or reject its start and target date together',
    );
    expect((await storedActions(page))[0]).toMatchObject({ startOn: '2027-01-01', targetOn: '2027-02-01' });
    await change.locator('.merge-field[data-field="targetOn"]').getByRole('radio', { name: 'Accept' }).check();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 accepted, 0 rejected' })).toBeVisible();
    expect((await storedActions(page))[0]).toMatchObject({ startOn: '2027-05-01', targetOn: '2027-06-01' });
    await expectNoAxeViolations(page);
  });
});
