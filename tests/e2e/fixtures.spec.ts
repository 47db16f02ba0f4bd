import { expect, gotoApp, test } from './fixtures';

test.describe('the browser-test fixtures and the content security policy', () => {
  test('notice a console error', async ({ page, problems }) => {
    await gotoApp(page);
    await page.evaluate(() => console.error('deliberate'));
    await expect.poll(() => problems).toEqual(['console error: deliberate']);
    problems.length = 0;
  });

  test('notice an uncaught page error', async ({ page, problems }) => {
    await gotoApp(page);
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('deliberate');
      }),
    );
    await expect.poll(() => problems).toEqual(['page error: deliberate']);
    problems.length = 0;
  });

  test('have the built page refuse to connect to another origin (CSP), and report the attempt', async ({ page, problems }) => {
    await gotoApp(page);
    const outcome = await page.evaluate(() =>
      fetch('http://127.0.0.2:9/collect').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    await expect.poll(() => problems.join('\n')).toContain('Content Security Policy');
    expect(problems.some((problem) => problem.startsWith('request outside the origin'))).toBe(false);
    problems.length = 0;
  });

  test('report a request that leaves the origin when no policy stops it', async ({ page, problems }) => {
    await page.goto('about:blank');
    await page.evaluate(() => fetch('http://127.0.0.2:9/collect').catch(() => undefined));
    await expect.poll(() => problems.some((problem) => problem.startsWith('request outside the origin: http://127.0.0.2:9/collect'))).toBe(true);
    problems.length = 0;
  });
});
