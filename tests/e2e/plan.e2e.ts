import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, gotoApp, setUpAppBrowser, type AppPage } from './harness';

const openApp = setUpAppBrowser();
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

async function openPlan(app: AppPage): Promise<void> {
  await gotoApp(app);
  await app.page.evaluate((blob) => localStorage.setItem('cio-skills-compass', JSON.stringify(blob)), fixture);
  await gotoApp(app, '#/assessments/gapfixture1/plan');
  await app.page.reload();
  await app.page.waitForSelector('#plan-warnings');
}

describe('the development plan, calendar and rounds', () => {
  it('adds actions from suggestions, warns about late ones, exports a calendar that parses, and marks one done', async () => {
    const app = await openApp();
    const { page } = app;
    await openPlan(app);
    const uncovered = page.locator('.plan__uncovered li');
    const before = await uncovered.count();
    expect(await uncovered.first().textContent()).toBeTruthy();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'เพิ่มกิจกรรมสำหรับ E9' }).click();
    expect(await page.getByLabel('ประเภท').inputValue()).toBe('assignment');
    expect(await page.locator('.serves input:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual(['experience:enterprise-architecture']);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await expect.poll(() => uncovered.count()).toBe(before - 1);
    // Appointed 29 Feb 2567: the deadline (28 Feb 2569) has passed, so any new action for E9 ends after it.
    expect(await page.locator('.plan__late').textContent()).toContain('28 กุมภาพันธ์ 2569');

    await page.getByRole('button', { name: 'เพิ่มกิจกรรมสำหรับ DG600' }).click();
    await page.getByLabel('รายละเอียด').fill('อบรม; กฎหมายดิจิทัล, ร่าง พ.ร.บ.');
    await page.getByLabel('สถานะ', { exact: true }).selectOption('in-progress');
    await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await expect.poll(() => page.locator('.action-card').count()).toBe(2);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกปฏิทิน (.ics)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => ({ event: new ICAL.Event(component), alarm: component.getFirstSubcomponent('valarm') }));
    const deadlines = events.filter(({ event }) => event.uid.startsWith('deadline-'));
    expect(deadlines.map(({ event }) => event.startDate.toString())).toEqual(['2026-02-28', '2026-02-28']);
    expect(deadlines.every(({ alarm }) => String(alarm?.getFirstPropertyValue('trigger')) === '-P90D')).toBe(true);
    const actions = events.filter(({ event }) => event.uid.startsWith('action-'));
    // Commas and semicolons survive the escaping; a unit's gap suggests a course.
    expect(actions.map(({ event }) => event.summary)).toContain('หลักสูตรอบรม: อบรม; กฎหมายดิจิทัล, ร่าง พ.ร.บ.');

    await page.locator('.action-card', { hasText: 'กฎหมายดิจิทัล' }).getByRole('combobox').selectOption('done');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'อย่าลืมปรับระดับที่ประเมินของ' }).count()).toBe(1);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state.assessments.gapfixture1.actions);
    expect(saved.map((action: { status: string }) => action.status).sort()).toEqual(['done', 'planned']);
  });

  it('starts a second round from the same ratings and shows the progress against the first', async () => {
    const app = await openApp();
    const { page } = app;
    await openPlan(app);
    await gotoApp(app, '#/assessments/gapfixture1');
    await page.waitForSelector('[data-key]');
    expect(await page.locator('.saved-note').textContent()).toContain('รอบที่ 1');
    await page.getByRole('button', { name: 'เริ่มรอบใหม่' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'เริ่มรอบใหม่' }).click();
    await expect.poll(() => page.locator('.saved-note').textContent()).toContain('รอบที่ 2');
    await page.getByRole('radiogroup', { name: /DG600/ }).getByRole('radio').nth(3).check();

    await gotoApp(app, '#/assessments/gapfixture1/gaps');
    await page.waitForSelector('[data-table="rounds"]');
    const headers = await page.locator('[data-table="rounds"] thead th').allTextContents();
    expect(headers[1]).toContain('รอบที่ 1');
    expect(headers[2]).toContain('รอบที่ 2');
    expect(await page.locator('.moves li').allTextContents()).toEqual([expect.stringMatching(/^DG600 .*: 0 → 3$/)]);
    await expectNoAxeViolations(page);
  });
});
