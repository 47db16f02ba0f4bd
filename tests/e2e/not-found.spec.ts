import { expect, expectNoAxeViolations, gotoApp, test } from './fixtures';

// Route decoding never throws: an address that does not decode (#/profiles/% used to throw URIError in render)
// or that no route fits shows a not-found screen in the user's language, with the way home. In English, and going
// home, it is also checked without a browser (src/app/app.test.tsx); here in a real browser at a phone's width.
test('an address that does not decode shows the not-found screen with a way home, at 375 px, with no axe violation', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await gotoApp(page);
  await page.evaluate(() => {
    window.location.hash = '#/profiles/%';
  });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('ไม่พบหน้านี้');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('not-found-375-th.png') });
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'กลับไปหน้าแรก' }).click();
  await expect(heading).not.toHaveText('ไม่พบหน้านี้');
});
