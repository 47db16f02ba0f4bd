import { readFileSync } from 'node:fs';
import { makeRollupBackups } from '../../scripts/rollup-backups.mjs';
import { expect, gotoApp, test, testMoment, type Page } from './fixtures';
import { printToPdf } from './pdf';

// Decision 019: after the first visit, the app works with the network gone. The service worker is blocked in the
// other specs (playwright.config.ts); here it is the subject.
test.use({ serviceWorkers: 'allow', clockAt: testMoment });

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

/** The first visit: the app installs its service worker once interactive, and the worker takes this tab. */
export async function visitOnceOnline(page: Page): Promise<void> {
  await gotoApp(page);
  // The worker is installed once the user first acts on the page (decision 019): a key goes down.
  await page.keyboard.press('Shift');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 120_000 }).toBe(true);
}

const saved = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}'));

test('after one visit, the whole journey works with the network gone: rate, gaps, plan, report, export, import, organisation', async ({
  page,
  context,
  problems,
}) => {
  test.setTimeout(test.info().timeout * 2);
  await visitOnceOnline(page);
  await page.evaluate((blob) => localStorage.setItem('cio-skills-compass', JSON.stringify(blob)), fixture);
  await context.setOffline(true);
  // A fresh load of the page itself, offline: the worker answers it, and every screen's code, from its cache.
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // The network is really gone: a file the worker does not hold cannot be fetched.
  await expect(
    page.evaluate(() =>
      fetch('./not-in-the-cache.txt').then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).resolves.toBe('offline');

  await test.step('rate', async () => {
    await page.goto('#/assessments/gapfixture1');
    const dg600 = page.getByRole('radiogroup', { name: /DG600/ });
    await dg600.getByRole('radio').nth(3).check();
    await expect(dg600.getByRole('radio', { checked: true })).toHaveAttribute('value', '3');
    await expect.poll(async () => (await saved(page)).state.assessments.gapfixture1.ratings['unit:DG600']?.level).toBe(3);
  });

  await test.step('gaps: the charts draw', async () => {
    await page.goto('#/assessments/gapfixture1/gaps');
    await expect(page.locator('[data-chart="deadlines"] svg.timeline')).toBeVisible();
    await expect(page.locator('.gaps .recharts-surface').first()).toBeVisible();
  });

  await test.step('plan: an action is added', async () => {
    await page.goto('#/assessments/gapfixture1/plan');
    await page.getByRole('button', { name: 'เพิ่มกิจกรรมสำหรับ E9' }).click();
    await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await expect(page.locator('.action-card')).toHaveCount(1);
  });

  await test.step('report: printed, and read back from the PDF', async () => {
    await page.goto('#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const pdf = await printToPdf(page, 'offline-report');
    expect(pdf.text).toContain('รายงานผลการประเมินตนเองด้านทักษะดิจิทัล');
    expect(pdf.text).toContain('DG600');
  });

  let exported = '';
  await test.step('export a backup', async () => {
    await page.goto('#/backup');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^ไฟล์สำรอง JSON สมหญิง ตัวอย่าง/ }).click()]);
    exported = readFileSync(await json.path(), 'utf8');
    expect(JSON.parse(exported).assessments[0].ratings['unit:DG600'].level).toBe(3);
  });

  await test.step('import it back, keeping both', async () => {
    await page.locator('#import-file').setInputFiles({ name: 'offline.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByRole('dialog', { name: 'มีการประเมินนี้อยู่แล้ว' }).getByRole('button', { name: 'เก็บไว้ทั้งสอง' }).click();
    await expect.poll(async () => Object.keys((await saved(page)).state.assessments).length).toBe(2);
  });

  await test.step('the organisation view reads 20 files', async () => {
    await page.goto('#/organisation');
    const files = makeRollupBackups(20).map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }));
    await page.locator('#org-files').setInputFiles(files);
    await expect(page.locator('.org-people tbody tr').first()).toBeVisible();
    await expect(page.locator('#org-files-title')).toContainText('20');
  });

  // Nothing was asked of the network but the one probe above, and the app never showed its recovery screen.
  expect(failed.filter((url) => !url.endsWith('/not-in-the-cache.txt'))).toEqual([]);
  // The probe's own failure is the one console error.
  expect(problems).toEqual(['console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
  problems.length = 0;
  await expect(page.locator('.recovery')).toHaveCount(0);
});
