import { readFileSync } from 'node:fs';
import { completeAssistantAssessment } from '../../scripts/assistant-assessment.mjs';
import { assessmentSchema } from '../../src/domain/assessment/assessment';
import { analyseGaps, type GapAnalysis } from '../../src/domain/scoring/gaps';
import { formatLongDate } from '../../src/domain/calendar/calendar-date';
import { deadlineStatus } from '../../src/domain/calendar/deadlines';
import { expect, expectNoAxeViolations, openWithState, test, testMoment, type Page } from './fixtures';
import { profileItems } from './profile-items';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const assessment = assessmentSchema.parse(fixture.state.assessments.gapfixture1);

// Deadlines, their status and the order of priorities depend on the day: the page's clock is set to a known one.
test.use({ clockAt: testMoment });

/** What the domain makes of the fixture read against `profileId`'s profile on `today`. */
function expectedAnalysis(profileId: string, today: string): GapAnalysis {
  return analyseGaps(profileItems(profileId), assessment, { defaultTarget: 3, today });
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

async function openGaps(page: Page): Promise<void> {
  await openWithState(page, fixture, '#/assessments/gapfixture1/gaps');
  await expect(page.locator('[data-chart="radar"] svg').first()).toBeVisible();
}

async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent?.trim() ?? '')));
}

test.describe('the gap screen', () => {
  test('shows the readiness figures and priority order the domain computes, in tables that match the charts', async ({ page, today }) => {
    await openGaps(page);
    const expected = expectedAnalysis('dcio', today);
    expect(await page.locator('[data-figure="overall"] dd').textContent()).toBe(percent(expected.overall.readiness));
    expect(await page.locator('[data-figure="rated"] dd').textContent()).toBe(`${expected.overall.rated} จาก ${expected.overall.total}`);
    expect(await page.locator('[data-figure="below-target"] dd').textContent()).toBe(String(expected.belowTarget));

    const readinessRows = await tableRows(page, '.headline + .table-scroll table');
    expect(readinessRows.map((row) => [row[1], row[2]])).toEqual(
      expected.groups.map((g) => [percent(g.readiness.readiness), `${g.readiness.rated} จาก ${g.readiness.total}`]),
    );

    const priorityKeys = await page.$$eval('[data-chart="gaps"] ~ details tbody tr, figure:has([data-chart="gaps"]) tbody tr', (rows) =>
      rows.map((row) => (row as HTMLElement).dataset.key),
    );
    expect(priorityKeys).toEqual(expected.priorities.map((p) => p.standing.item.key));
    // The chart draws the first 10 of a long list (the table has them all); a list of up to 12 is drawn whole.
    await expect(page.locator('[data-chart="gaps"] .recharts-bar-rectangle')).toHaveCount(expected.priorities.length > 12 ? 10 : expected.priorities.length);

    const radarRows = await tableRows(page, 'figure:has([data-chart="radar"])');
    const skillGroups = expected.groups.filter((g) => ['DG', 'DT', 'DS', 'SPM', 'DL', 'DTR'].includes(g.group));
    expect(radarRows.map((row) => row[0]?.slice(0, row[0].indexOf(' ')))).toEqual(skillGroups.map((g) => g.group));
    expect(radarRows.map((row) => Number(row[1]))).toEqual(skillGroups.map((g) => Number((g.readiness.meanTarget ?? 0).toFixed(1))));

    const timeline = await page.$$eval('figure:has([data-chart="deadlines"]) tbody tr', (rows) =>
      rows.map((row) => [(row as HTMLElement).dataset.status, row.children[1]?.textContent]),
    );
    // The two starred items, neither acquired, both due two years after the appointment (29 Feb 2024: 28 Feb 2026).
    const starred = deadlineStatus({ appointedOn: assessment.appointee.appointedOn, today, acquired: false });
    expect(formatLongDate(starred.deadline, 'th')).toBe('28 กุมภาพันธ์ 2569');
    expect(timeline).toEqual([
      [starred.status, '28 กุมภาพันธ์ 2569'],
      [starred.status, '28 กุมภาพันธ์ 2569'],
    ]);
    await expectNoAxeViolations(page);
    await page.$$eval('details', (all) => all.forEach((details) => details.setAttribute('open', '')));
    await expectNoAxeViolations(page);
  });

  test('views the same ratings against another role: shared units carry over, added units show as unrated', async ({ page, today }) => {
    await openGaps(page);
    await page.getByLabel('เทียบกับชุดทักษะ').selectOption('cio-assistant');
    const expected = expectedAnalysis('cio-assistant', today);
    await expect(page.locator('[data-figure="rated"] dd')).toHaveText(`${expected.overall.rated} จาก ${expected.overall.total}`);
    await expect(page.locator('[data-figure="overall"] dd')).toHaveText(percent(expected.overall.readiness));
    expect(expected.overall.total).toBeGreaterThan(expectedAnalysis('dcio', today).overall.total);
    const dg = expected.groups.find((g) => g.group === 'DG');
    expect(dg?.readiness.rated).toBe(5);
    expect(dg?.readiness.total).toBe(6);
  });

  test('draws the 10 largest gaps of a long list, and all of them on request, while the table lists every item', async ({ page, today }) => {
    await openGaps(page);
    await page.getByLabel('เทียบกับชุดทักษะ').selectOption('cio-assistant');
    const expected = expectedAnalysis('cio-assistant', today);
    const count = expected.priorities.length;
    expect(count).toBeGreaterThan(12);
    const figure = page.locator('figure:has([data-chart="gaps"])');
    const bars = figure.locator('.recharts-bar-rectangle');
    await expect(bars).toHaveCount(10);
    await expect(figure).toContainText(`แผนภูมิแสดง 10 รายการแรกจาก ${count} รายการ ตารางตัวเลขมีครบทุกรายการ`);
    await expect(figure.locator('tbody tr')).toHaveCount(count);
    const showAll = figure.getByRole('button', { name: `แสดงครบทั้ง ${count} รายการในแผนภูมิ` });
    await expect(showAll).toHaveAttribute('aria-pressed', 'false');
    await showAll.focus();
    await page.keyboard.press('Enter');
    await expect(bars).toHaveCount(count);
    await expect(showAll).toHaveAttribute('aria-pressed', 'true');
    await expect(figure).toContainText(`แผนภูมิแสดงครบทั้ง ${count} รายการ`);
    // The first bars are the first rows of the table, in the same order.
    const drawnLabels = await figure.locator('[data-item-label]').allTextContents();
    const tableCodes = await figure.locator('tbody tr .code').allTextContents();
    expect(drawnLabels.map((label) => label.split(' ')[0])).toEqual(tableCodes);
    await page.keyboard.press('Enter');
    await expect(bars).toHaveCount(10);
    await expectNoAxeViolations(page);
  });

  test('downloads each chart as SVG and PNG with Thai text, and reads the same in English', async ({ page }) => {
    await openGaps(page);
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('figure:has([data-chart="radar"])').getByRole('button', { name: 'ดาวน์โหลด SVG' }).click(),
    ]);
    const svgPath = await svgDownload.path();
    const svgText = readFileSync(svgPath, 'utf8');
    expect(svgDownload.suggestedFilename()).toMatch(/^สมหญิง-ตัวอย่าง_DCIO_2026-11-27_.*radar\.svg$/);
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('ระดับที่คาดหวัง (เฉลี่ย)');
    expect(svgText).toContain('@font-face');

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('figure:has([data-chart="deadlines"])').getByRole('button', { name: 'ดาวน์โหลด PNG' }).click(),
    ]);
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1')).toHaveText('Gaps and deadlines');
    await expect(page.locator('[data-figure="rated"] dd')).toHaveText(/^\d+ of \d+$/);
    await expectNoAxeViolations(page);
  });

  test('fits a 320 px screen with no horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await openGaps(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });
});

test("fetches the gap screen's code when the last item is rated, and not before", async ({ page }) => {
  const state = completeAssistantAssessment();
  const { ratings } = (state.state.assessments as { assistant01: { ratings: Record<string, unknown> } }).assistant01;
  const lastKey = Object.keys(ratings)[0] ?? '';
  Reflect.deleteProperty(ratings, lastKey);
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/\/gaps-screen-[^/]*\.js$/.test(request.url())) fetched.push(request.url());
  });
  await openWithState(page, state, '#/assessments/assistant01');
  const item = page.locator(`[data-key="${lastKey}"]`);
  await expect(item).toBeVisible();
  expect(fetched).toEqual([]);
  const gapScreenCode = page.waitForRequest(/\/gaps-screen-[^/]*\.js$/);
  await item.locator('input[type=radio][value="3"]').check();
  await gapScreenCode;
});

test("asks for all of the gap screen's code at once on intent, though it evaluates in two steps", async ({ page }) => {
  // The first step's chunk (recharts' shared part) is held until the second step's chunk and CSS have been asked
  // for: if they were asked for only after the first step evaluated (a second round trip), this would never end.
  const screenCode = /\/gaps-screen-[^/]*\.js$/;
  const screenStyle = /\/gaps-screen-[^/]*\.css$/;
  await openWithState(page, completeAssistantAssessment(), '#/assessments/assistant01');
  const link = page.locator('a[href$="/gaps"]').first();
  await expect(link).toBeVisible();
  const firstStep = /\/radar-drawing-[^/]*\.js$/;
  const firstAskedFor = page.waitForRequest(firstStep);
  const restAskedFor = Promise.all([page.waitForRequest(screenCode), page.waitForRequest(screenStyle)]);
  await page.route(firstStep, async (route) => {
    await restAskedFor;
    await route.continue();
  });
  await link.hover();
  await Promise.all([firstAskedFor, restAskedFor]);
  // Both steps in, in order: recharts draws the radar and the bars.
  await link.click();
  await expect(page.locator('[data-chart="radar"] .recharts-radar')).toHaveCount(2);
  await expect(page.locator('[data-chart="gaps"] .recharts-bar-rectangle').first()).toBeVisible();
});
