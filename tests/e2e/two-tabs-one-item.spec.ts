import { readFileSync } from 'node:fs';
import { expect, gotoApp, openWithState, test, type Page } from './fixtures';

/**
 * Issue 23, point 5: the same item edited in two tabs before either heard of the other's change. Both versions are
 * kept: the later is shown, the other beside it in both tabs, with the choice between them.
 */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const assessmentPath = '#/assessments/gapfixture1';
const item = (page: Page) => page.locator('fieldset.rating-item[data-key="unit:DG200"]');

/** Writes a note the way the user does: open the item's note and type. */
async function writeNote(page: Page, text: string): Promise<void> {
  const details = item(page).locator('details');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
  await item(page).locator('textarea').fill(text);
}

test('a note written in two tabs at once keeps both versions, and the choice made in one tab holds in both', async ({ page, context }) => {
  await openWithState(page, fixture, assessmentPath);
  const other = await context.newPage();
  // The second tab stops hearing the first one's writes while `window.__deaf` is true: the two edits cross.
  await other.addInitScript(() => {
    window.addEventListener(
      'storage',
      (event) => {
        if ((window as unknown as { __deaf?: boolean }).__deaf) event.stopImmediatePropagation();
      },
      { capture: true },
    );
  });
  await gotoApp(other, assessmentPath);
  for (const tab of [page, other]) await expect(item(tab)).toBeVisible();
  await other.evaluate(() => ((window as unknown as { __deaf?: boolean }).__deaf = true));

  await writeNote(page, 'อบรมแล้ว (แท็บแรก)');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('cio-skills-compass') ?? '')).toContain('แท็บแรก');
  await writeNote(other, 'ยังไม่ได้อบรม (แท็บที่สอง)');
  await other.evaluate(() => ((window as unknown as { __deaf?: boolean }).__deaf = false));

  for (const tab of [page, other]) {
    const note = tab.getByRole('group', { name: 'รายการนี้ถูกแก้ไขพร้อมกันในสองแท็บ: DG200' });
    await expect(note).toContainText('หมายเหตุ: ยังไม่ได้อบรม (แท็บที่สอง)');
    await expect(note).toContainText('หมายเหตุ: อบรมแล้ว (แท็บแรก)');
  }
  await page.getByRole('button', { name: 'ใช้อีกฉบับ: DG200' }).click();
  for (const tab of [page, other]) {
    await expect(tab.getByRole('group', { name: /แก้ไขพร้อมกันในสองแท็บ/ })).toHaveCount(0);
    await expect(item(tab).locator('textarea')).toHaveValue('อบรมแล้ว (แท็บแรก)');
  }
});
