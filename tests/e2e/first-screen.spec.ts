import { expect, test } from './fixtures';

// The first screen's script bytes are checked by `npm run check:size` (scripts/check-size-budgets.mjs, at the end of
// `npm test`, from the build's chunk graph); `npm run bench` counts them as the browser fetches them, and times the
// long tasks after the first paint. This file checks what only a browser shows: the paint before the web font.
declare global {
  interface Window {
    __layoutShifts?: number[];
  }
}

test('the first screen paints before any font file arrives, and Sarabun then swaps in without moving the text', async ({ page }) => {
  // Noto Sans Thai is the system's Thai font here (scripts/ensure-browser.mjs installs it): the fallback face
  // 'Sarabun fallback Noto' (src/ui/fonts.css) gives it Sarabun's width, ascent and descent.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    window.__layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__layoutShifts?.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Every Sarabun file is held until the test lets it go.
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await page.route('**/*.woff2', async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  await page.goto('./');
  // The app asks for Sarabun only once the page has painted: the paint did not wait for it.
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('paint').map((entry) => entry.name))).toContain('first-contentful-paint');
  const heightBefore = await page.evaluate(() => document.body.scrollHeight);
  const fallback = await page.evaluate(() => [...document.fonts].filter((face) => face.family.includes('fallback Noto') && face.status === 'loaded').length);
  expect(fallback, 'the Noto fallback faces are in use').toBeGreaterThan(0);

  release();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'sarabun');
  await page.evaluate(() => document.fonts.ready);
  // Two frames: the swap is laid out and painted, and its layout shifts (if any) reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const sarabun = await page.evaluate(() => [...document.fonts].filter((face) => face.family === 'Sarabun' && face.status === 'loaded').length);
  expect(sarabun, 'the four Sarabun files drew the page').toBe(4);
  expect(await page.locator('h1').evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"?Sarabun"?,/);
  // Lines wrap the same with either font, so the page is as tall and nothing moved (CLS counts shifts of 0.1 as poor).
  expect(await page.evaluate(() => document.body.scrollHeight)).toBe(heightBefore);
  const shifted = await page.evaluate(() => (window.__layoutShifts ?? []).reduce((sum, value) => sum + value, 0));
  expect(shifted).toBeLessThan(0.005);
});
