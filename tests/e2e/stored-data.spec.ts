import { readFileSync } from 'node:fs';
import { expect, gotoApp, openWithState, test, type Page } from './fixtures';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const assessmentPath = '#/assessments/gapfixture1';
/** The same assessment with nothing rated yet, so that every edit below is a change. */
const freshState = { ...fixture, state: { ...fixture.state, assessments: { gapfixture1: { ...fixture.state.assessments.gapfixture1, ratings: {} } } } };

type Ratings = Record<string, { level?: number }>;
const storedRatings = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('cio-skills-compass') ?? 'null')?.state?.assessments?.gapfixture1?.ratings ?? {}) as Ratings);

/** Clicks a level in the page's own script, so that two pages' clicks land within the same few milliseconds. */
async function rate(page: Page, key: string, level: number): Promise<void> {
  const clicked = await page.evaluate(
    ([itemKey, value]) => {
      const input = document.querySelector<HTMLInputElement>(`[data-key="${itemKey}"] input[type="radio"][value="${value}"]`);
      input?.click();
      return input !== null;
    },
    [key, String(level)] as const,
  );
  expect(clicked, `${key} is on the screen`).toBe(true);
}

test('two tabs rating different items within the same few milliseconds both keep every edit', async ({ page, context }) => {
  await openWithState(page, freshState, assessmentPath);
  const other = await context.newPage();
  await gotoApp(other, assessmentPath);
  // The rating screen's code loads after the app is ready: wait until both tabs show the items.
  for (const tab of [page, other]) await expect(tab.locator('fieldset.rating-item[data-key="unit:DG100"]')).toBeVisible();
  const keys = await page
    .locator('fieldset.rating-item[data-key^="unit:"], fieldset.rating-item[data-key^="knowledge:"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-key') ?? ''));
  const rounds = Math.floor(keys.length / 2);
  expect(rounds).toBeGreaterThanOrEqual(20);
  const expected: Record<string, number> = {};
  for (let round = 0; round < rounds; round++) {
    const [mine, theirs] = [keys[2 * round] ?? '', keys[2 * round + 1] ?? ''];
    const [a, b] = [round % 5, (round + 2) % 5];
    await Promise.all([rate(page, mine, a), rate(other, theirs, b)]);
    expected[mine] = a;
    expected[theirs] = b;
  }
  const want = Object.fromEntries(Object.entries(expected).map(([key, level]) => [key, { level }]));
  // Both tabs settle on every edit of both, in storage and on screen, however the writes interleaved.
  await expect.poll(() => storedRatings(page)).toEqual(want);
  await expect.poll(() => storedRatings(other)).toEqual(want);
  await other.reload();
  await expect(other.locator('html')).toHaveAttribute('data-ready', 'true');
  for (const [key, level] of Object.entries(expected)) {
    await expect(other.locator(`[data-key="${key}"] input[type="radio"][value="${level}"]`)).toBeChecked();
  }
  const lost = Object.keys(expected).length - Object.keys(await storedRatings(other)).length;
  console.log(`two tabs: ${rounds} rounds of simultaneous edits, ${Object.keys(expected).length} edits, ${lost} lost`);
});

test('data from a newer version of the app is kept byte for byte, said so, and never written over', async ({ page }) => {
  const newer = JSON.stringify({ state: { language: 'th', assessments: { future12: { from: 'the future' } } }, version: 99 });
  await gotoApp(page);
  await page.evaluate((text) => localStorage.setItem('cio-skills-compass', text), newer);
  await page.reload();
  await expect(page.getByText('มาจากแอปรุ่นใหม่กว่า (รุ่นข้อมูล 99)')).toBeVisible();
  // Working on in memory never touches the stored text.
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('#/assessments/new');
  await expect(page.getByText('comes from a newer version of the app (data version 99)')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('cio-skills-compass'))).toBe(newer);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).first().click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('"from":"the future"');
});

test('stored text that is not JSON is copied once, however often the app loads, and can be downloaded', async ({ page }) => {
  await gotoApp(page);
  await page.evaluate(() => localStorage.setItem('cio-skills-compass', '{"state": {"language": "th", "assess'));
  for (let load = 0; load < 3; load++) {
    await page.reload();
    await expect(page.getByText('ข้อมูลที่บันทึกไว้อ่านไม่ได้')).toBeVisible();
  }
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('cio-skills-compass:backup:')));
  expect(copies).toHaveLength(1);
  await page.goto('#/backup');
  await expect(page.getByText('ข้อมูลที่อ่านไม่ได้', { exact: false }).first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^ดาวน์โหลด ข้อมูลที่อ่านไม่ได้/ }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"state": {"language": "th", "assess');
});

test('a screen whose code cannot be fetched shows the way out, not a blank page', async ({ page, problems }) => {
  await openWithState(page, fixture, assessmentPath);
  await page.route('**/assets/gaps-screen-*.js', (route) => route.abort());
  await page.goto('#/assessments/gapfixture1/gaps');
  await expect(page.getByRole('heading', { name: 'หน้านี้แสดงผลไม่ได้' })).toBeVisible();
  await expect(page.getByText('ส่วนหนึ่งของแอปโหลดไม่ได้')).toBeVisible();
  await expect(page.getByRole('button', { name: 'โหลดหน้าใหม่' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลดข้อมูลของฉัน' }).click()]);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8')).state.assessments.gapfixture1.id).toBe('gapfixture1');
  // The aborted fetch is the fault this test injects; nothing else may have gone wrong.
  const others = problems.filter((problem) => !/gaps-screen|Failed to load resource|net::ERR_FAILED/.test(problem));
  expect(others).toEqual([]);
  problems.length = 0;
});
