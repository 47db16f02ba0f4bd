import { readFileSync } from 'node:fs';
import { expect, gotoApp, test, type Page } from './fixtures';

/**
 * Issue 23, defects 1 and 2: stored data the app could not read, or could not copy, is never written over, and the
 * notice says what really happened.
 */
const key = 'cio-skills-compass';
const fixtureText = readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8');
const fixture = JSON.stringify(JSON.parse(fixtureText));

/** Starts an assessment through the form, as a user would after the app showed them an empty list. */
async function startAssessment(page: Page): Promise<void> {
  await page.goto('#/assessments/new/dcio');
  await page.getByLabel('ตำแหน่ง').fill('ผู้อำนวยการ');
  await page.getByLabel('ส่วนราชการ').fill('กรมใหม่');
  const appointed = page.getByRole('group', { name: /วันที่ได้รับการแต่งตั้ง/ });
  await appointed.getByLabel('วัน').selectOption('1');
  await appointed.getByLabel('เดือน').selectOption('10');
  await appointed.getByLabel('ปี พ.ศ.').fill('2568');
  await page.getByRole('button', { name: 'เริ่มประเมิน' }).click();
  await expect(page.locator('[data-key]').first()).toBeVisible();
}

const storedText = (page: Page) => page.evaluate((name) => localStorage.getItem(name), key);

test('unreadable stored data is not written over when storage is too full to keep a copy, and the notice says so', async ({ page }) => {
  const unreadable = fixture.slice(0, -1);
  await gotoApp(page);
  await page.evaluate(
    ({ name, text }) => {
      localStorage.clear();
      localStorage.setItem(name, text);
      // Another app on the same host fills the rest of the origin's quota.
      let filler = '';
      for (let chunk = 'x'.repeat(1 << 20); chunk.length > 0;) {
        try {
          localStorage.setItem('another-app:filler', filler + chunk);
          filler += chunk;
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    },
    { name: key, text: unreadable },
  );
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'ไม่มีที่ให้เก็บสำเนา' });
  await expect(notice).toBeVisible();
  await expect(page.getByText('แอปเก็บสำเนาเดิมไว้ในเบราว์เซอร์แล้ว')).toHaveCount(0);
  await startAssessment(page);
  expect(await storedText(page)).toBe(unreadable);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'ไม่มีที่ให้เก็บสำเนา' })).toBeVisible();
  expect(await storedText(page)).toBe(unreadable);
  // "Download my data" gives the unreadable text back as it was.
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'ดาวน์โหลดข้อมูลของฉัน' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(unreadable);
});

test('a read that fails at load is a fault, not an empty store: nothing is written, and the data is back on the next load', async ({ page }) => {
  await page.addInitScript((name) => {
    // Reading the app's key throws throughout the first load of the page only.
    if (sessionStorage.getItem('read-fault-done') !== null) return;
    sessionStorage.setItem('read-fault-done', '1');
    const { getItem } = Storage.prototype;
    Storage.prototype.getItem = function failingGetItem(this: Storage, item: string) {
      if (this === window.localStorage && item === name) throw new DOMException('The read failed.', 'UnknownError');
      return getItem.call(this, item);
    };
  }, key);
  await page.goto('./');
  await page.evaluate(({ name, text }) => window.localStorage.setItem(name, text), { name: key, text: fixture });
  await page.evaluate(() => sessionStorage.removeItem('read-fault-done'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'อ่านข้อมูลที่บันทึกไว้ไม่ได้ในขณะนี้' })).toBeVisible();
  await startAssessment(page);
  // Read past the failing getItem: the named property is the browser's own.
  expect(await page.evaluate((name) => Object.getOwnPropertyDescriptor(localStorage, name)?.value, key)).toBe(fixture);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.goto('#/assessments');
  await expect(page.getByText('สมหญิง ตัวอย่าง').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
