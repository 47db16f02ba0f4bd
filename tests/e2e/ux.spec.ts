import { readFileSync } from 'node:fs';
import { deadlineStatus } from '../../src/domain/calendar/deadlines';
import { expect, openWithState, test, testMoment, type Page } from './fixtures';
import { eachLanguageOnce, everyWidthAndLanguage } from './where';

// Issue 12, items 4, 5 and 7, at a phone's and a desktop's width, in Thai and in English.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

/** The DCIO fixture with a first round a year earlier, so the gap screen compares two rounds. */
function withEarlierRound(language: 'th' | 'en') {
  const state = structuredClone(fixture);
  state.state.language = language;
  const assessment = state.state.assessments.gapfixture1;
  const ratings = Object.fromEntries(
    Object.entries(assessment.ratings as Record<string, { level?: number }>).map(([key, rating]) => [
      key,
      { ...rating, level: Math.max(0, (rating.level ?? 1) - 1) },
    ]),
  );
  assessment.rounds = [{ number: 1, assessedOn: '2025-11-27', ratings, experience: assessment.experience, closedAt: '2025-11-27T03:00:00.000Z' }];
  return state;
}

// The deadline table counts days from today: the page's clock is set, and the count computed from that day.
test.use({ clockAt: testMoment });

/** The gap screen's words for `days` past a deadline. */
const daysPast = (days: number, language: 'th' | 'en') => (language === 'th' ? `เกินมา ${days} วัน` : `${days} ${days === 1 ? 'day' : 'days'} past`);

async function open(page: Page, language: 'th' | 'en', path: string): Promise<void> {
  await openWithState(page, withEarlierRound(language), path);
  await expect(page.locator('main h1').first()).toBeVisible();
}

// Layout is what the gap screen's test checks, at both widths in both languages; keeping the item in view across a
// switch of language is behaviour, checked once each way (from Thai at a phone's width, from English at a desktop's).
for (const [width, language] of everyWidthAndLanguage) {
  test(`${language} at ${width} px: the gap screen shows deadline, days left, status and both rounds without sideways scrolling`, async ({ page, today }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, language, '#/assessments/gapfixture1/gaps');
    await expect(page.locator('[data-chart="deadlines"] [data-label="deadline"]')).toBeVisible();
    await page.$$eval('.chart__numbers', (all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    await expect(page.locator('figure:has([data-chart="deadlines"]) tbody td').first()).toBeVisible();
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      boxes: [...document.querySelectorAll<HTMLElement>('.table-scroll, .chart__drawing')]
        .filter((box) => box.scrollWidth > box.clientWidth + 1)
        .map((box) => box.closest('figure, section')?.querySelector('figcaption, h2')?.textContent),
    }));
    expect(overflow).toEqual({ page: 0, boxes: [] });
    // The deadline table: each row's deadline, days left and status are on screen.
    const cells = await page.$$eval('figure:has([data-chart="deadlines"]) tbody td', (tds) =>
      tds.map((td) => ({ text: td.textContent?.trim(), right: td.getBoundingClientRect().right })),
    );
    expect(cells).toHaveLength(6);
    for (const cell of cells) expect(cell.right).toBeLessThanOrEqual(width);
    // Both starred items (E9, E10) are due two years after the appointment and neither is acquired.
    const { daysLeft, status } = deadlineStatus({ appointedOn: fixture.state.assessments.gapfixture1.appointee.appointedOn, today, acquired: false });
    expect(status).toBe('overdue');
    expect(cells.map((cell) => cell.text)).toContain(daysPast(-daysLeft, language));
    // In the drawing, the deadline label ends at the deadline line, and today has its own line.
    const chart = await page.evaluate(() => {
      const drawing = document.querySelector('[data-chart="deadlines"] svg') as SVGSVGElement;
      const label = drawing.querySelector('[data-label="deadline"]')?.getBoundingClientRect();
      const deadline = drawing.querySelector('[data-line="deadline"]')?.getBoundingClientRect();
      const today = drawing.querySelector('[data-line="today"]')?.getBoundingClientRect();
      return { labelRight: label?.right ?? 0, deadlineX: deadline?.left ?? 0, todayX: today?.left ?? 0, text: drawing.textContent };
    });
    expect(Math.abs(chart.labelRight - chart.deadlineX)).toBeLessThan(6);
    expect(chart.todayX).not.toBe(chart.deadlineX);
    expect(chart.text).not.toContain('180');
    // Both rounds' columns are in view.
    const roundHeaders = await page.$$eval('[data-table="rounds"] thead th', (ths) => ths.map((th) => th.getBoundingClientRect().right));
    expect(roundHeaders).toHaveLength(3);
    for (const right of roundHeaders) expect(right).toBeLessThanOrEqual(width);
  });
}

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: switching language on the rating screen keeps the item being rated in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, language, '#/assessments/gapfixture1');
    const item = page.locator('[data-key="knowledge:coaching-and-performance"]');
    await item.locator('input[type=radio]').first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    // The switch is at the top of the page: clicking it scrolls there first, as a user must.
    await page.getByRole('button', { name: language === 'th' ? 'English' : 'ไทย' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'th' ? 'en' : 'th');
    await expect(item).toBeInViewport();
    expect(await page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key)).toBe('knowledge:coaching-and-performance');
  });
}

// Whether the report's own style sheet is there: neither the width nor the language changes that.
test('the report, opened first after a reload, styles its own language selector', async ({ page }) => {
  await open(page, 'th', '#/assessments/gapfixture1/report');
  const option = page.locator('.report-toolbar .segmented__option').first();
  await expect(option).toBeVisible();
  await expect(option).toHaveCSS('border-top-left-radius', '999px');
  await expect(option).toHaveCSS('border-top-style', 'solid');
});
