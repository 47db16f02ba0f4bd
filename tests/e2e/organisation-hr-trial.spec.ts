import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { makeRollupBackups } from '../../scripts/rollup-backups.mjs';
import { expect, expectNoAxeViolations, gotoApp, test, testMoment, type Page } from './fixtures';
import { openFolder, printToText } from './organisation-files';
import { profileItems } from './profile-items';
import { eachLanguageOnce, everyWidthAndLanguage } from './where';

// The HR user trial of the organisation view (issue 25's follow-up): what a new HR user was misled by.

const words = {
  th: {
    people: 'ค้นหาในตารางรายชื่อ: ชื่อ ตำแหน่ง หรือหน่วยงาน',
    joinFirst: 'ค้นหาชื่อคนที่หนึ่งที่จะรวม',
    joinSecond: 'ค้นหาชื่อคนที่สองที่จะรวม',
    remove: 'ค้นหาคนหรือไฟล์ที่จะนำออกจากภาพรวม (ชื่อคนหรือชื่อไฟล์)',
  },
  en: {
    people: 'Search the people table: name, position or agency',
    joinFirst: 'Search the name of the first person to join',
    joinSecond: 'Search the name of the second person to join',
    remove: 'Search the person or file to remove from the roll-up (name or file name)',
  },
};

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: each search box of the organisation screen has a name of its own, saying what it searches`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    // Every part of the screen open, as a screen reader's list of form fields would list them all.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    const w = words[language];
    await expect(page.getByRole('searchbox', { name: w.joinSecond, exact: true })).toBeVisible();
    const snapshot = await page.locator('body').ariaSnapshot();
    const names = [...snapshot.matchAll(/searchbox "([^"]*)"/g)].map((match) => match[1]);
    expect(names.sort()).toEqual([w.people, w.joinFirst, w.joinSecond, w.remove].sort());
    expect(new Set(names).size).toBe(names.length);
  });
}

/**
 * Two DCIOs' backups, as the trial's HR user made them: one rated all their items and met every one; the other left 15
 * items unrated and answered only the unstarred experiences (all acquired), appointed long enough ago that the starred
 * ones are overdue. Their name was typed with sara am as two marks (ทองค + ํ + า). The first one's first unstarred
 * experience is only partly acquired.
 */
const items = profileItems('dcio');
const experiences = items.filter((item) => item.kind === 'experience');
const starred = experiences.filter((item) => item.kind === 'experience' && item.starred);
const unstarred = experiences.length - starred.length;
const levelled = items.filter((item) => item.kind !== 'experience');
const partlyRated = items.length - 15 - starred.length;
function trialFolder(): string {
  const [template] = makeRollupBackups(1, { duplicates: false, otherYears: false });
  const envelope = JSON.parse(template?.text ?? '{}') as { assessments: Record<string, unknown>[] };
  const folder = join(mkdtempSync(join(tmpdir(), 'cio-hr-trial-')), 'backups');
  mkdirSync(folder);
  const write = (id: string, name: string, partly: boolean) => {
    const ratings = Object.fromEntries(levelled.slice(0, partly ? levelled.length - 15 : levelled.length).map((item) => [item.key, { level: 4 }]));
    const experience = Object.fromEntries(
      items.flatMap((item) => (item.kind === 'experience' && !(partly && item.starred) ? [[item.id, { status: 'yes' }]] : [])),
    );
    const firstUnstarred = experiences.find((item) => item.kind === 'experience' && !item.starred);
    if (!partly && firstUnstarred?.kind === 'experience') experience[firstUnstarred.id] = { status: 'some' };
    const assessment = {
      ...envelope.assessments[0],
      id,
      profileId: 'dcio',
      appointee: { name, position: 'ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศ', agency: 'กรมทดลอง', appointedOn: '2023-01-15', assessedOn: '2026-10-01' },
      ratings,
      experience,
      actions: [],
    };
    writeFileSync(join(folder, `${id}.json`), JSON.stringify({ ...envelope, assessments: [assessment] }));
  };
  write('trial-partly', 'นางสาวทองค\u0e4d\u0e32 ใจดี', true);
  write('trial-full', 'นายสมบูรณ์ ครบถ้วน', false);
  return folder;
}

const trialWords = {
  th: {
    ratedColumn: 'ประเมินแล้ว (ข้อ)',
    rated: (rated: number) => `${rated} จาก ${items.length}`,
    note: /^ความพร้อมนับเฉพาะข้อที่ประเมินแล้ว/,
    partlyRated: 'คนที่ยังประเมินไม่ครบทุกข้อ',
    agencies: 'สรุปรายหน่วยงาน',
    peopleCsv: 'ตารางรายบุคคล CSV (Excel)',
    numbers: 'แสดงตัวเลข',
    experience: `100% (ประเมินแล้ว ${unstarred} จาก ${experiences.length}) · ประสบการณ์ * ที่ยังไม่มี ${starred.length}`,
    print: 'ไทย',
    partlyMissing: 'ขาดบางส่วน',
    partlyDrawn: 'บางส่วน',
    notRated: 'ยังไม่ประเมิน',
  },
  en: {
    ratedColumn: 'Items rated',
    rated: (rated: number) => `${rated} of ${items.length}`,
    note: /^Readiness counts the rated items only/,
    partlyRated: 'People with items not yet rated',
    agencies: 'Summary by agency',
    peopleCsv: 'People table CSV (Excel)',
    numbers: 'Show the numbers',
    experience: `100% (${unstarred} of ${experiences.length} rated) · ${starred.length} starred experience outstanding`,
    print: 'English',
    partlyMissing: 'Partly missing',
    partlyDrawn: 'Partly',
    notRated: 'not rated',
  },
};

async function csvOf(page: Page, button: string): Promise<{ header: string[]; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').slice(1), { skipEmptyLines: true }).data;
  return { header, rows };
}

test.describe('readiness over the items rated, said wherever it is shown', () => {
  test.use({ clockAt: testMoment });
  for (const [width, language] of everyWidthAndLanguage) {
    test(`${language} at ${width} px: the people table, the figures, the summary by agency, the CSV and the heatmap say how many items were rated, and starred experience outstanding is never shown as met`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const w = trialWords[language];
      await gotoApp(page, '#/organisation');
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.locator('#org-folder').setInputFiles(trialFolder());
      const table = page.locator('.org-people');
      await expect(table.locator('tbody tr')).toHaveCount(2);

      // The people table: "rated x of y" by default, beside a readiness of 100 % for both, and the note.
      await expect(table.getByRole('columnheader', { name: w.ratedColumn })).toBeVisible();
      // The name typed with sara am as two marks shows as written with one (HR trial point 3).
      const partly = table.locator('tbody tr').filter({ hasText: 'นางสาวทองคำ ใจดี' });
      await expect(partly.locator('td[data-column="rated"]')).toHaveText(w.rated(partlyRated));
      await expect(partly.locator('td[data-column="overall"]')).toHaveText('100%');
      await expect(table.locator('tbody tr').filter({ hasText: 'สมบูรณ์' }).locator('td[data-column="rated"]')).toHaveText(w.rated(items.length));
      const peopleSection = page.locator('section[aria-labelledby="org-people-title"]');
      await expect(peopleSection.getByText(w.note)).toBeVisible();

      // The figures and the summary by agency count the person with items not yet rated.
      const figures = page.locator('.org-figures > div').filter({ hasText: w.partlyRated });
      await expect(figures.locator('dd')).toHaveText('1');
      const agencies = page.locator('section', { has: page.getByRole('heading', { name: w.agencies, exact: true }) });
      await expect(agencies.getByRole('columnheader', { name: w.partlyRated })).toBeVisible();
      await expect(agencies.locator('tbody tr td').nth(2)).toHaveText('1');
      await expect(agencies.getByText(w.note)).toBeVisible();

      // The people CSV: items rated and items in the role beside the readiness, which says it counts the rated only.
      const csv = await csvOf(page, w.peopleCsv);
      const row = csv.rows.find((cells) => cells.includes('นางสาวทองคำ ใจดี')) ?? [];
      expect(row[csv.header.indexOf('ประเมินแล้ว (ข้อ) / Items rated')]).toBe(String(partlyRated));
      expect(row[csv.header.indexOf('ข้อทั้งหมดของบทบาท / Items in the role')]).toBe(String(items.length));
      expect(row[csv.header.indexOf('ความพร้อม % (เฉพาะข้อที่ประเมินแล้ว) / Readiness % (rated items only)')]).toBe('100');

      // The heatmap: the experience column of the person overdue on every starred experience is not "100 %" alone.
      const heatmap = page.locator('section[aria-labelledby="org-heatmap-title"]');
      await heatmap.getByText(w.numbers).click();
      const experienceColumn = await heatmap
        .locator('thead th')
        .evaluateAll((cells) => cells.findIndex((cell) => /experience|ประสบการณ์/i.test(cell.getAttribute('title') ?? cell.textContent ?? '')));
      expect(experienceColumn).toBeGreaterThan(0);
      const heatRow = heatmap.locator('tbody tr').filter({ hasText: 'ทองคำ' });
      await expect(heatRow.locator('td').nth(experienceColumn - 1)).toHaveText(w.experience);
      await expect(heatmap.locator('svg text').filter({ hasText: `*${starred.length}` })).toHaveCount(1);

      // By the items of the experience group: experience missing in words, as on the gap screen, never a gap in
      // levels; the starred experiences not answered are "not rated", apart from met.
      await heatmap.locator('#org-heatmap-columns').selectOption('experience');
      const fullRow = heatmap.locator('tbody tr').filter({ hasText: 'สมบูรณ์' });
      await expect(fullRow.locator('td').filter({ hasText: w.partlyMissing })).toHaveCount(1);
      await expect(fullRow.locator('td').filter({ hasText: /^1\.5$|^3$/ })).toHaveCount(0);
      await expect(heatRow.locator('td').filter({ hasText: w.notRated })).toHaveCount(starred.length);
      await expect(heatmap.locator('svg text').filter({ hasText: w.partlyDrawn })).toHaveCount(1);
      await heatmap.scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`hr-trial-${language}-${width}.png`), fullPage: true });
      await expectNoAxeViolations(page);

      // The printed summary for a memo says how readiness is counted, and counts the person.
      if (width === 1280) {
        await page.getByRole('radio', { name: w.print }).check();
        const { text } = await printToText(page);
        expect(text.replace(/\s+/g, ' ')).toMatch(language === 'th' ? /ความพร้อมนับเฉพาะข้อที่ประเมินแล้ว/ : /Readiness counts the rated items only/);
        expect(text).toContain(w.partlyRated);
      }
    });
  }
});
