import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };
export type { Page };

interface AppFixtures {
  /**
   * Problems seen so far in any page of the test's context: console errors, page errors and requests that left
   * the app's origin. Every test fails when it is not empty at the end; a test that causes one on purpose
   * checks it and empties it.
   */
  problems: string[];
}

/**
 * Collects, from every page of `context`, console errors, page errors and requests that leave `origin`. The
 * test's own context is watched by the `problems` fixture; a test that opens a second browser (a supervisor's)
 * watches it with this too.
 */
export function watchForProblems(context: BrowserContext, origin: string): string[] {
  const problems: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      problems.push(`request outside the origin: ${url}`);
    }
  });
  return problems;
}

export const test = base.extend<AppFixtures>({
  problems: [
    async ({ context, baseURL }, use) => {
      const problems = watchForProblems(context, new URL(baseURL ?? 'http://127.0.0.1').origin);
      await use(problems);
      expect(problems, 'console errors, page errors or requests outside the origin').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the app at `path` (relative to its sub-path, e.g. `#/backup`) and waits until the scripts have taken over. */
export async function gotoApp(page: Page, path = ''): Promise<void> {
  await page.goto(path || './');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** The bound one axe run adds to its test: on a long page at a load of 27 on two cores it took over 100 s. */
const axeRunBound = 180_000;

/** Runs axe (WCAG 2.0–2.2, A and AA) on the page as it is now and requires zero violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  test.setTimeout(test.info().timeout + axeRunBound);
  await test.step('axe: no WCAG 2.0–2.2 A/AA violation', async () => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}

/** Puts a persisted state into storage (on the app's origin) and opens `path` on it, read fresh from storage. */
export async function openWithState(page: Page, state: unknown, path: string): Promise<void> {
  await gotoApp(page);
  await page.evaluate((blob) => localStorage.setItem('cio-skills-compass', JSON.stringify(blob)), state);
  await page.goto(path);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}
