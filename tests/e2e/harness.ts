import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { browserArgs, findBrowser } from '../../scripts/find-browser.mjs';

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Problems seen so far: console errors, page errors, requests that left the app's origin. */
  problems: string[];
  url(path?: string): string;
}

/**
 * Gives each test a fresh browser context on the built app, and fails the test on any console
 * error, any uncaught page error, and any request to anywhere but the app's own origin.
 */
export function setUpAppBrowser(options: { viewport?: { width: number; height: number } } = {}): () => Promise<AppPage> {
  let browser: Browser;
  const opened: AppPage[] = [];
  const appUrl = inject('appUrl');
  const origin = new URL(appUrl).origin;

  beforeAll(async () => {
    const executablePath = findBrowser();
    if (!executablePath) throw new Error('No Chrome or Chromium: run `node scripts/ensure-browser.mjs`.');
    browser = await chromium.launch({ executablePath, args: browserArgs });
  });

  afterEach(async () => {
    const problems = opened.flatMap((app) => app.problems);
    await Promise.all(opened.map((app) => app.context.close()));
    opened.length = 0;
    expect(problems, 'console errors, page errors or requests outside the origin').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return async () => {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        problems.push(`request outside the origin: ${url}`);
      }
    });
    const app: AppPage = { page, context, problems, url: (path = '') => new URL(path, appUrl).href };
    opened.push(app);
    return app;
  };
}

/** Opens the app at `path` (relative to its sub-path) and waits until the scripts have taken over. */
export async function gotoApp(app: AppPage, path = ''): Promise<void> {
  await app.page.goto(app.url(path));
  await app.page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

/** Runs axe (WCAG 2.0–2.2, A and AA) on the page as it is now and requires zero violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
