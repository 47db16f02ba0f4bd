import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { assessmentSchema } from '../../src/domain/assessment/assessment';
import { planWarnings } from '../../src/domain/scoring/plan';
import { expect, expectNoAxeViolations, gotoApp, openWithState, test, testMoment, type Page } from './fixtures';
import { profileItems } from './profile-items';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

// Which actions are late, and the order of what no action covers yet, depend on the day: the page's clock is set.
test.use({ clockAt: testMoment });

async function openPlan(page: Page): Promise<void> {
  await openWithState(page, fixture, '#/assessments/gapfixture1/plan');
  await expect(page.locator('#plan-warnings')).toBeVisible();
}

test.describe('the development plan, calendar and rounds', () => {
  test('adds actions from suggestions, warns about late ones, exports a calendar that parses, and marks one done', async ({ page, today }) => {
    await openPlan(page);
    const uncovered = page.locator('.plan__uncovered li');
    // What no action covers yet, in the order the domain ranks it on this day.
    const assessment = assessmentSchema.parse(fixture.state.assessments.gapfixture1);
    const expected = planWarnings(profileItems('dcio'), assessment, [], { defaultTarget: 3, today }).uncovered.map(({ item }) => item.key);
    expect(expected.length).toBeGreaterThan(1);
    expect(await uncovered.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.key))).toEqual(expected);
    const before = expected.length;
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'เพิ่มกิจกรรมสำหรับ E9' }).click();
    await expect(page.getByLabel('ประเภท')).toHaveValue('assignment');
    expect(await page.locator('.serves input:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual([
      'experience:enterprise-architecture',
    ]);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await expect(uncovered).toHaveCount(before - 1);
    // Appointed 29 Feb 2567: the deadline (28 Feb 2569) has passed, so any new action for E9 ends after it.
    await expect(page.locator('.plan__late')).toContainText('28 กุมภาพันธ์ 2569');

    await page.getByRole('button', { name: 'เพิ่มกิจกรรมสำหรับ DG600' }).click();
    await page.getByLabel('รายละเอียด').fill('อบรม; กฎหมายดิจิทัล, ร่าง พ.ร.บ.');
    await page.getByLabel('สถานะ', { exact: true }).selectOption('in-progress');
    await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await expect(page.locator('.action-card')).toHaveCount(2);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกปฏิทิน (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('สมหญิง-ตัวอย่าง_DCIO_2026-11-27_plan.ics');
    const text = readFileSync(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((component) => ({ event: new ICAL.Event(component), alarm: component.getFirstSubcomponent('valarm') }));
    const deadlines = events.filter(({ event }) => event.uid.startsWith('deadline-'));
    expect(deadlines.map(({ event }) => event.startDate.toString())).toEqual(['2026-02-28', '2026-02-28']);
    expect(deadlines.every(({ alarm }) => String(alarm?.getFirstPropertyValue('trigger')) === '-P90D')).toBe(true);
    const actions = events.filter(({ event }) => event.uid.startsWith('action-'));
    // Commas and semicolons survive the escaping; a unit's gap suggests a course.
    expect(actions.map(({ event }) => event.summary)).toContain('หลักสูตรอบรม: อบรม; กฎหมายดิจิทัล, ร่าง พ.ร.บ.');

    await page.locator('.action-card', { hasText: 'กฎหมายดิจิทัล' }).getByRole('combobox').selectOption('done');
    await expect(page.getByRole('status').filter({ hasText: 'อย่าลืมปรับระดับที่ประเมินของ' })).toHaveCount(1);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state.assessments.gapfixture1.actions);
    expect(saved.map((action: { status: string }) => action.status).sort()).toEqual(['done', 'planned']);
  });

  test('starts a second round from the same ratings and shows the progress against the first', async ({ page }) => {
    await openPlan(page);
    await gotoApp(page, '#/assessments/gapfixture1');
    await expect(page.locator('.saved-note')).toContainText('รอบที่ 1');
    await page.getByRole('button', { name: 'เริ่มรอบใหม่' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'เริ่มรอบใหม่' }).click();
    await expect(page.locator('.saved-note')).toContainText('รอบที่ 2');
    await page.getByRole('radiogroup', { name: /DG600/ }).getByRole('radio').nth(3).check();

    await gotoApp(page, '#/assessments/gapfixture1/gaps');
    await expect(page.locator('[data-table="rounds"]')).toBeVisible();
    const headers = await page.locator('[data-table="rounds"] thead th').allTextContents();
    expect(headers[1]).toContain('รอบที่ 1');
    expect(headers[2]).toContain('รอบที่ 2');
    expect(await page.locator('.moves li').allTextContents()).toEqual([expect.stringMatching(/^DG600 .*: 0 → 3$/)]);
    await expectNoAxeViolations(page);
  });
});

test.describe('a new action', () => {
  for (const [language, words] of [
    ['th', { add: 'เพิ่มกิจกรรมพัฒนา', serves: 'รายการที่กิจกรรมนี้ช่วยพัฒนา', description: 'รายละเอียด' }],
    ['en', { add: 'Add a development action', serves: 'Items this action develops', description: 'Description' }],
  ] as const) {
    test(`"${words.add}" starts with no item chosen (${language})`, async ({ page }) => {
      await openWithState(page, { ...fixture, state: { ...fixture.state, language } }, '#/assessments/gapfixture1/plan');
      await page.getByRole('button', { name: words.add, exact: true }).click();
      const serves = page.getByRole('group', { name: words.serves });
      await expect(serves.getByRole('checkbox').first()).toBeVisible();
      await expect(serves.getByRole('checkbox', { checked: true })).toHaveCount(0);
      await expect(page.getByLabel(words.description)).toHaveValue('');
    });
  }
});
