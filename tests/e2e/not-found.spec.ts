import { expect, expectNoAxeViolations, gotoApp, test } from './fixtures';

// Route decoding never throws: an address that does not decode (#/profiles/% used to throw URIError in render)
// or that no route fits shows a not-found screen in the user's language, with the way home.
test.describe('an unknown address', () => {
  for (const [width, language] of [
    [375, 'th'],
    [1280, 'en'],
  ] as const) {
    test(`shows the not-found screen with a way home at ${width} px in ${language === 'th' ? 'Thai' : 'English'}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await gotoApp(page);
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.evaluate(() => {
        window.location.hash = '#/profiles/%';
      });
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(language === 'th' ? 'ไม่พบหน้านี้' : 'Page not found');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: test.info().outputPath(`not-found-${width}-${language}.png`) });
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: language === 'th' ? 'กลับไปหน้าแรก' : 'Go to the first page' }).click();
      await expect(heading).not.toHaveText(language === 'th' ? 'ไม่พบหน้านี้' : 'Page not found');
    });
  }
});
