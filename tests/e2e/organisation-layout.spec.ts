import AxeBuilder from '@axe-core/playwright';
import { expect, expectNoAxeViolations, test, type Page } from './fixtures';
import { openFolder } from './organisation-files';
import { everyWidthAndLanguage } from './where';

const words = {
  th: {
    columns: 'เลือกคอลัมน์',
    position: 'ตำแหน่ง',
    details: /^รายละเอียดของ /,
    next: 'หน้าถัดไป',
    mapShown: 'แผนภาพแสดงคนที่ 51–59 จาก 59 คน',
    mapPages: 'หน้าของแผนภาพ',
    mapColumns: 'คอลัมน์ของแผนภาพ',
    notRated: 'ยังไม่ประเมิน',
    numbers: 'แสดงตัวเลข',
  },
  en: {
    columns: 'Choose columns',
    position: 'Position',
    details: /^Details of /,
    next: 'Next page',
    mapShown: 'The map shows people 51–59 of 59',
    mapPages: 'Map pages',
    mapColumns: 'Columns of the map',
    notRated: 'not rated',
    numbers: 'Show the numbers',
  },
};

/** Every rule axe has, best practices included (`landmark-unique` is one): the screen as it is now. */
async function expectNoAxeFindings(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  const results = await new AxeBuilder({ page }).withTags(['best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const [width, language] of everyWidthAndLanguage) {
  test(`${language} at ${width} px: the people table fits, its name stays in view, the ranking keeps its counts and the heatmap pages through everyone`, async ({
    page,
  }) => {
    const w = words[language];
    await page.setViewportSize({ width, height: 900 });
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('#org-deadlines-title')).toBeVisible();
    const people = page.locator('section[aria-labelledby="org-people-title"]');
    const scroller = people.locator('.table-scroll');

    // At 1280 px the table's chosen columns fit its box; at 375 px it scrolls, and the name stays in view.
    const fit = await scroller.evaluate((box) => ({ table: box.scrollWidth, box: box.clientWidth }));
    if (width === 1280) expect(fit.table).toBeLessThanOrEqual(fit.box);
    else {
      await scroller.evaluate((box) => box.scrollBy({ left: 400 }));
      const name = people.locator('tbody th[scope="row"]').first();
      await expect.poll(async () => Math.round(((await name.boundingBox())?.x ?? 0) - ((await scroller.boundingBox())?.x ?? 0))).toBeLessThanOrEqual(1);
    }
    // Every column not shown is in the row's details; a column chosen joins the table.
    await expect(people.getByRole('columnheader', { name: w.position })).toHaveCount(0);
    const details = people.getByRole('button', { name: w.details }).first();
    await details.click();
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    await expect(people.locator('.org-person-details dt', { hasText: w.position })).toBeVisible();
    await people.getByText(w.columns).click();
    await people.getByRole('checkbox', { name: w.position }).check();
    await expect(people.getByRole('columnheader', { name: w.position })).toBeVisible();
    await expect(people.locator('.org-person-details dt', { hasText: w.position })).toHaveCount(0);

    // The ranking's counts are inside its drawing, whatever the width.
    const ranking = page.locator('[data-chart="org-ranking"]');
    const counts = ranking.locator('text', { hasText: /^\d+ \/ \d+$/ });
    await expect(counts.first()).toBeVisible();
    const box = await ranking.boundingBox();
    for (const count of await counts.all()) {
      const at = await count.boundingBox();
      expect((at?.x ?? 0) + (at?.width ?? 0)).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
    }

    // The heatmap turns the pages of everyone the filter lets through, with the table; names keep who they are.
    const heatmap = page.locator('section[aria-labelledby="org-heatmap-title"]');
    await heatmap.getByRole('navigation', { name: w.mapPages }).getByRole('button', { name: w.next }).click();
    await expect(heatmap.getByText(w.mapShown)).toBeVisible();
    await expect(page.locator('[data-chart="org-heatmap"] svg > g')).toHaveCount(9);
    await expect(people.locator('tbody tr:not(.org-person-details)')).toHaveCount(9);
    // Items: "not rated" apart from 0, the target met.
    await page.getByLabel(w.mapColumns).selectOption({ index: 2 });
    await heatmap.getByText(w.numbers).click();
    const cells = heatmap.locator('tbody td');
    await expect(cells.filter({ hasText: w.notRated }).first()).toBeVisible();
    await expect(cells.filter({ hasText: /^0$/ }).first()).toBeVisible();

    // Every part open, with data in it: no finding of axe's, best practices included.
    await page.evaluate(() => document.querySelectorAll('.organisation details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
    await expectNoAxeFindings(page);
  });
}
