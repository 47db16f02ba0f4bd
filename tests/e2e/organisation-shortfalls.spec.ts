import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, expectNoAxeViolations, test, testMoment, type Page } from './fixtures';
import { openFolder } from './organisation-files';
import { everyWidthAndLanguage } from './where';

test.use({ clockAt: testMoment });

const words = {
  th: {
    ranking: 'หน่วยงานยังขาดด้านใด',
    numbers: 'แสดงตัวเลข',
    who: 'ดูรายชื่อ',
    unplanned: 'คนที่มีรายการที่ต้องมีแผนแต่ยังไม่มีกิจกรรม',
    coverage: /ต่ำกว่าที่คาดหวัง (\d+) คน มีกิจกรรมในแผนพัฒนาแล้ว (\d+) คน ยังไม่มี (\d+) คน/,
    short: 'รายชื่อผู้ที่ขาดรายการนี้ CSV (Excel)',
    allShortfalls: 'รายการที่ขาดรายบุคคล (คน × รายการ) CSV (Excel)',
    people: 'ตารางรายบุคคล CSV (Excel)',
    items: 'ตารางรายการที่ขาด CSV (Excel)',
    noAction: 'ยังไม่มีกิจกรรม',
    item: 'รายการ',
    target: /วางแผนแล้ว|กำลังดำเนินการ|เสร็จแล้ว/,
  },
  en: {
    ranking: 'Where the organisation is short',
    numbers: 'Show the numbers',
    who: 'List them',
    unplanned: 'People with an item needing a plan that no action serves',
    coverage: /(\d+) (?:person|people) below target; (\d+) with an action in their plan, (\d+) without/,
    short: 'People short of this item, CSV (Excel)',
    allShortfalls: 'Items short, person by item, CSV (Excel)',
    people: 'People table CSV (Excel)',
    items: 'Item ranking CSV (Excel)',
    noAction: 'No action',
    item: 'Item',
    target: /(Planned|In progress|Done), target \d+ \w+ \d{4}/,
  },
};

async function csvOf(page: Page, button: string): Promise<{ header: string[]; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').slice(1), { skipEmptyLines: true }).data;
  return { header, rows };
}

for (const [width, language] of everyWidthAndLanguage) {
  test(`${language} at ${width} px: who is short of what: an item of the ranking lists the people short on it with gap, deadline and plan, as CSV, and every person × item short as CSV`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();

    // The headline figure of people whose plan leaves an item needing it without an action agrees with the people CSV.
    const people = await csvOf(page, w.people);
    const unplannedColumn = people.header.indexOf('รายการที่ต้องมีแผนแต่ยังไม่มีกิจกรรมใด / Items needing a plan that no action serves');
    expect(unplannedColumn).toBeGreaterThan(0);
    const withUnplanned = people.rows.filter((row) => Number(row[unplannedColumn]) > 0).length;
    expect(withUnplanned).toBeGreaterThan(0);
    await expect(page.locator('.org-figures div', { hasText: w.unplanned }).locator('dd')).toHaveText(String(withUnplanned));

    // From the ranking's first item: its people, as many as the ranking counts below target.
    const ranking = page.locator('section', { has: page.getByRole('heading', { name: w.ranking }) });
    await ranking.getByText(w.numbers).click();
    const first = ranking.locator('tbody tr').first();
    const below = Number(await first.locator('td').nth(1).textContent());
    expect(below).toBeGreaterThan(0);
    await first.getByRole('button', { name: new RegExp(w.who) }).click();
    const short = page.locator('#org-short');
    await expect(short).toBeFocused();
    const coverage = w.coverage.exec((await short.locator('.org-short__coverage').textContent()) ?? '');
    expect(Number(coverage?.[1])).toBe(below);
    const [planned, unplanned] = [Number(coverage?.[2]), Number(coverage?.[3])];
    expect(planned + unplanned).toBe(below);
    await expect(short.locator('tbody tr')).toHaveCount(Math.min(below, 100));
    await expect(short.locator('tbody tr', { hasText: w.noAction })).toHaveCount(Math.min(unplanned, 100));

    // Its CSV: one row a person, the item's id and the person's own code, the plan as the screen says it.
    const chosen = await short.getByLabel(w.item, { exact: true }).inputValue();
    const list = await csvOf(page, w.short);
    expect(list.rows).toHaveLength(below);
    const [itemId, plannedColumn] = ['รหัสรายการ (เหมือนกันทุกบทบาท) / Item id (the same in every role)', 'มีกิจกรรมในแผนพัฒนา / An action in the plan'].map(
      (heading) => list.header.indexOf(heading),
    );
    expect(list.rows.every((row) => row[itemId as number] === chosen)).toBe(true);
    expect(list.rows.filter((row) => row[plannedColumn as number] === 'มี / yes')).toHaveLength(planned);

    // Some item's people have actions for it in their plans: each says its status and target date, the others "no action".
    const select = short.getByLabel(w.item, { exact: true });
    const options = await select.locator('option').evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value));
    let covered = 0;
    for (const option of options) {
      await select.selectOption(option);
      const [, count, withAction] = w.coverage.exec((await short.locator('.org-short__coverage').textContent()) ?? '') ?? [];
      if (Number(withAction) > 0 && Number(count) <= 100) {
        covered = Number(withAction);
        break;
      }
    }
    expect(covered).toBeGreaterThan(0);
    await expect(short.locator('tbody tr').filter({ hasNotText: w.noAction })).toHaveCount(covered);
    await expect(short.locator('tbody tr').filter({ hasNotText: w.noAction }).first()).toContainText(w.target);

    // Every person × item short: as many rows as the item ranking's people below target, summed over its items.
    const items = await csvOf(page, w.items);
    const belowColumn = items.header.indexOf('จำนวนผู้ที่ต่ำกว่าที่คาดหวัง / People below target');
    const all = await csvOf(page, w.allShortfalls);
    expect(all.rows).toHaveLength(items.rows.reduce((sum, row) => sum + Number(row[belowColumn]), 0));

    await page.locator('#org-short-title').evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: test.info().outputPath(`shortfalls-${language}-${width}.png`), fullPage: false });
    await expectNoAxeViolations(page);
  });
}
