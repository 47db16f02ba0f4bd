import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, expectNoAxeViolations, test, testMoment, type Page } from './fixtures';
import { openFolder, printToText } from './organisation-files';
import { everyWidthAndLanguage } from './where';

test.use({ clockAt: testMoment });

const words = {
  th: { title: 'สรุปรายหน่วยงาน', people: 'ตารางรายบุคคล CSV (Excel)', agencies: 'สรุปรายหน่วยงาน CSV (Excel)', print: 'ไทย' },
  en: { title: 'Summary by agency', people: 'People table CSV (Excel)', agencies: 'Summary by agency CSV (Excel)', print: 'English' },
};

async function csvOf(page: Page, button: string): Promise<{ header: string[]; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').slice(1), { skipEmptyLines: true }).data;
  return { header, rows };
}

for (const [width, language] of everyWidthAndLanguage) {
  test(`${language} at ${width} px: the summary by agency counts each person once, agrees with the people CSV, and is in its own CSV and in print`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();

    // What the people CSV says of each agency: its people and those overdue.
    const people = await csvOf(page, w.people);
    const [agencyColumn, statusColumn] = ['หน่วยงาน / Agency', 'สถานะ / Status'].map((heading) => people.header.indexOf(heading)) as [number, number];
    const expected = new Map<string, { people: number; overdue: number }>();
    for (const row of people.rows) {
      const agency = (row[agencyColumn] ?? '').trim();
      const known = expected.get(agency) ?? { people: 0, overdue: 0 };
      known.people += 1;
      if (row[statusColumn] === 'เกินกำหนด / overdue') known.overdue += 1;
      expected.set(agency, known);
    }

    const section = page.locator('section', { has: page.getByRole('heading', { name: w.title, exact: true }) });
    const rows = section.locator('tbody tr');
    await expect(rows).toHaveCount(expected.size);
    for (const [agency, figures] of expected) {
      const row = rows.filter({ has: page.getByRole('rowheader', { name: agency, exact: true }) });
      // Columns: people, mean readiness, people with items not yet rated, items below target, overdue.
      await expect(row.locator('td').nth(0)).toHaveText(String(figures.people));
      await expect(row.locator('td').nth(4)).toHaveText(String(figures.overdue));
    }

    // Its CSV: the same agencies and counts, every person once.
    const agencies = await csvOf(page, w.agencies);
    expect(agencies.rows).toHaveLength(expected.size);
    expect(agencies.rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(people.rows.length);
    for (const row of agencies.rows) expect(Number(row[1])).toBe(expected.get((row[0] ?? '').replace(/^'/, ''))?.people);

    await section.getByRole('heading').evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: test.info().outputPath(`agencies-${language}-${width}.png`) });
    await expectNoAxeViolations(page);

    // In print, in the screen's language: the title and every agency.
    if (width === 1280) {
      await page.getByRole('radio', { name: w.print }).check();
      const { text } = await printToText(page);
      expect(text).toContain(w.title);
      for (const agency of expected.keys()) expect(text).toContain(agency);
    }
  });
}
