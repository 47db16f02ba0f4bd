import { describe, expect, it } from 'vitest';
import { gotoApp, setUpAppBrowser } from './harness';

const openApp = setUpAppBrowser();

describe('the browser-test harness and the content security policy', () => {
  it('notices a console error', async () => {
    const app = await openApp();
    await gotoApp(app);
    await app.page.evaluate(() => console.error('deliberate'));
    await expect.poll(() => app.problems).toEqual(['console error: deliberate']);
    app.problems.length = 0;
  });

  it('has the built page refuse to connect to another origin (CSP), and reports the attempt', async () => {
    const app = await openApp();
    await gotoApp(app);
    const outcome = await app.page.evaluate(() =>
      fetch('http://127.0.0.2:9/collect').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    await expect.poll(() => app.problems.join('\n')).toContain('Content Security Policy');
    expect(app.problems.some((problem) => problem.startsWith('request outside the origin'))).toBe(false);
    app.problems.length = 0;
  });

  it('reports a request that leaves the origin when no policy stops it', async () => {
    const app = await openApp();
    await app.page.goto('about:blank');
    await app.page.evaluate(() => fetch('http://127.0.0.2:9/collect').catch(() => undefined));
    await expect.poll(() => app.problems.some((problem) => problem.startsWith('request outside the origin: http://127.0.0.2:9/collect'))).toBe(true);
    app.problems.length = 0;
  });
});
