import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };
export type { Page };

/**
 * The moment the tests that show a date or a count of days run at, unless they need another: mid-morning in Bangkok
 * the day after the fixtures' assessment (27 November 2026), so what they expect holds on any day they are run.
 */
export const testMoment = '2026-11-28T10:00:00+07:00';

interface AppOptions {
  /**
   * When set (`test.use({ clockAt: testMoment })`), the page's clock starts at this moment and runs on from it, in
   * every page of the test's context. It runs on rather than stands still: the store stamps each change with
   * Date.now() to merge two tabs item by item, and changes stamped with one frozen time would tie.
   */
  clockAt: string | null;
}

interface AppFixtures {
  /** The calendar day (YYYY-MM-DD) of `clockAt` in the browser's time zone: the day the app calls today. */
  today: string;
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

/** The calendar day, as YYYY-MM-DD, that `instant` falls on in `timeZone`. */
export function calendarDayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export const test = base.extend<AppOptions & AppFixtures & { clock: undefined }>({
  clockAt: [null, { option: true }],
  clock: [
    async ({ context, clockAt }, use) => {
      if (clockAt !== null) await context.clock.install({ time: new Date(clockAt) });
      await use(undefined);
    },
    { auto: true },
  ],
  // (`provide` is Playwright's `use`, named apart from React's `use` that the hooks lint rule watches for.)
  today: async ({ clockAt, timezoneId }, provide) => {
    if (clockAt === null) throw new Error('A test that expects a date sets the clock first: test.use({ clockAt: testMoment })');
    await provide(calendarDayIn(new Date(clockAt), timezoneId ?? 'UTC'));
  },
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
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
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
