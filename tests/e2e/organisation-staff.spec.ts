import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, expectNoAxeViolations, test, testMoment, type Page } from './fixtures';
import { openFolder, printToText } from './organisation-files';
import { everyWidthAndLanguage } from './where';

test.use({ clockAt: testMoment });

const words = {
  th: {
    people: 'ตารางรายบุคคล CSV (Excel)',
    choose: 'เลือกบัญชีรายชื่อ',
    chooseOther: 'เลือกบัญชีรายชื่ออื่น',
    header: ['คำนำหน้าชื่อ', 'ชื่อ', 'ตำแหน่ง', 'หน่วยงาน', 'บทบาท'],
    read: (count: number, sent: number, notSent: number) => `บัญชีรายชื่อ staff.csv: ${count} คน ส่งไฟล์แล้ว ${sent} คน ยังไม่ส่ง ${notSent} คน`,
    notSent: (count: number) => `อยู่ในบัญชีแต่ยังไม่ส่งไฟล์ (${count})`,
    notListed: (count: number) => `ส่งไฟล์แล้วแต่ไม่อยู่ในบัญชี (${count})`,
    refused: 'แถวที่ไม่ได้นำมาใช้ (3)',
    missingAgency: 'แถวที่ 7 (ไม่มี หน่วยงาน): ไม่มีชื่อส่วนราชการ',
    unknownRole: 'บทบาท "หัวหน้า" ไม่ใช่ MCIO, DCIO หรือ CIO Assistant',
    repeated: 'ชื่อเดียวกับแถวที่ 2',
    exportNotSent: 'ผู้ที่ยังไม่ส่ง CSV (Excel)',
    exportNotListed: 'ผู้ที่ไม่อยู่ในบัญชี CSV (Excel)',
    agencies: 'สรุปรายหน่วยงาน',
    notSentColumn: 'ยังไม่ส่ง',
    refusedFile: 'อ่านบัญชีรายชื่อ notes.txt ไม่ได้',
    printLanguage: 'ไทย',
  },
  en: {
    people: 'People table CSV (Excel)',
    choose: 'Choose a staff list',
    chooseOther: 'Choose another staff list',
    header: ['Title', 'Name', 'Position', 'Agency', 'Role'],
    read: (count: number, sent: number, notSent: number) => `Staff list staff.csv: ${count} people; ${sent} sent a file, ${notSent} have not.`,
    notSent: (count: number) => `On the list, no file sent (${count})`,
    notListed: (count: number) => `Sent a file, not on the list (${count})`,
    refused: 'Rows not taken (3)',
    missingAgency: "Row 7 (ไม่มี หน่วยงาน): The agency's name is missing",
    unknownRole: 'The role "หัวหน้า" is not MCIO, DCIO or CIO Assistant',
    repeated: 'The same name as row 2',
    exportNotSent: 'Not yet sent CSV (Excel)',
    exportNotListed: 'Not on the list CSV (Excel)',
    agencies: 'Summary by agency',
    notSentColumn: 'Not yet sent',
    refusedFile: 'The staff list notes.txt could not be read',
    printLanguage: 'English',
  },
};

async function csvOf(page: Page, button: string): Promise<{ text: string; header: string[]; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const [header = [], ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  return { text, header, rows };
}

/** Three who sent a file and are left off the list; four on the list who sent nothing, in an agency no file names. */
const leftOff = 3;
const newAgency = 'กรมทดสอบบัญชีรายชื่อ';
const absent = [
  ['', 'สมหญิง ไม่ส่ง', 'ผู้อำนวยการ', newAgency, 'DCIO'],
  ['นาง', 'มานี ไม่ส่ง', '', newAgency, 'CIO Assistant'],
  ['ดร.', 'ปิติ ไม่ส่ง', 'รองอธิบดี', ` ${newAgency} `, ''],
  ['', '=SUM(1+1)', '', newAgency, 'mcio'],
];

for (const [width, language] of everyWidthAndLanguage) {
  test(`${language} at ${width} px: a staff list shows who has not sent a file and who is not on the list, exports both, and fills the summary's "not yet sent"`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();

    // The staff list HR keeps: everyone the roll-up holds but three, written with another title or none, four who sent
    // nothing, and three rows that cannot be taken (no agency, a role the app does not know, a person listed twice).
    const people = await csvOf(page, w.people);
    const column = (heading: string) => people.header.indexOf(heading);
    const [name, position, agency, role] = ['ชื่อ / Name', 'ตำแหน่ง / Position', 'หน่วยงาน / Agency', 'บทบาท / Role'].map(column) as [
      number,
      number,
      number,
      number,
    ];
    const listed = people.rows.filter((row) => !(row[name] ?? '').startsWith("'")).slice(leftOff);
    const notListed = people.rows.filter((row) => !listed.includes(row)).map((row) => (row[name] ?? '').replace(/^'/, ''));
    const bare = (full: string) => full.replace(/^(นางสาว|นาง|นาย|ดร\.|ว่าที่ร้อยตรี)/, '');
    const rows = [
      w.header,
      ...listed.slice(0, 5).map((row) => ['ดร.', bare(row[name] ?? ''), row[position] ?? '', row[agency] ?? '', row[role] ?? '']),
      ['', 'ไม่มี หน่วยงาน', 'ผู้อำนวยการ', '', 'DCIO'],
      ['', 'บทบาท แปลก', 'ผู้อำนวยการ', newAgency, 'หัวหน้า'],
      ['นาย', bare(listed[0]?.[name] ?? ''), '', listed[0]?.[agency] ?? '', ''],
      ...listed.slice(5).map((row) => ['', row[name] ?? '', row[position] ?? '', row[agency] ?? '', row[role] ?? '']),
      ...absent,
    ];
    const folder = mkdtempSync(join(tmpdir(), 'cio-staff-'));
    writeFileSync(join(folder, 'staff.csv'), `\uFEFF${Papa.unparse(rows)}`);
    writeFileSync(join(folder, 'notes.txt'), 'not a list');

    await page.getByLabel(w.choose, { exact: true }).setInputFiles(join(folder, 'staff.csv'));
    await expect(page.getByText(w.read(listed.length + absent.length, listed.length, absent.length))).toBeVisible();
    const section = page.locator('section.org-staff');
    await expect(section.getByText(w.refused)).toBeVisible();
    const refusedRows = section.locator('.org-files li');
    await expect(refusedRows).toHaveCount(3);
    await expect(refusedRows.nth(0)).toHaveText(w.missingAgency);
    await expect(refusedRows.nth(1)).toContainText(w.unknownRole);
    await expect(refusedRows.nth(2)).toContainText(w.repeated);

    // Who has not sent a file, and who is not on the list: on screen.
    await expect(section.getByRole('heading', { name: w.notSent(absent.length) })).toBeVisible();
    await expect(section.getByRole('heading', { name: w.notListed(leftOff + 1) })).toBeVisible();
    const notSentTable = section.getByRole('region', { name: w.notSent(absent.length) });
    await expect(notSentTable.locator('tbody tr')).toHaveCount(absent.length);
    const notListedTable = section.getByRole('region', { name: w.notListed(leftOff + 1) });
    for (const person of notListed) await expect(notListedTable.getByRole('rowheader', { name: person, exact: true })).toBeVisible();

    // Both as CSV, formula-safe, with Excel's byte order mark.
    const notSentCsv = await csvOf(page, w.exportNotSent);
    expect(notSentCsv.text.startsWith('\uFEFF')).toBe(true);
    expect(notSentCsv.rows.map((row) => row[2])).toEqual(['สมหญิง ไม่ส่ง', 'นางมานี ไม่ส่ง', 'ดร.ปิติ ไม่ส่ง', "'=SUM(1+1)"]);
    expect(notSentCsv.header.slice(0, 3)).toEqual(['บัญชีรายชื่อ / Staff list', 'แถวในบัญชีรายชื่อ / Row in the staff list', 'ชื่อ / Name']);
    const notListedCsv = await csvOf(page, w.exportNotListed);
    expect(notListedCsv.rows.map((row) => (row[1] ?? '').replace(/^'/, '')).sort()).toEqual([...notListed].sort());

    // The summary by agency says how many have not sent, an agency of the list with no file included.
    const agencies = page.locator('section', { has: page.getByRole('heading', { name: w.agencies, exact: true }) });
    await expect(agencies.getByRole('columnheader', { name: w.notSentColumn, exact: true })).toBeVisible();
    const row = agencies.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: newAgency, exact: true }) });
    await expect(row.locator('td').nth(0)).toHaveText('0');
    await expect(row.locator('td').nth(5)).toHaveText(String(absent.length));

    // A file that is not a staff list is refused in words; the list in use stays.
    await page.getByLabel(w.chooseOther, { exact: true }).setInputFiles(join(folder, 'notes.txt'));
    await expect(page.getByText(w.refusedFile)).toBeVisible();
    await expect(section.getByRole('heading', { name: w.notSent(absent.length) })).toBeVisible();

    await section
      .getByRole('heading')
      .first()
      .evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: test.info().outputPath(`staff-${language}-${width}.png`) });
    await expectNoAxeViolations(page);

    if (width === 1280) {
      await page.getByRole('radio', { name: w.printLanguage }).check();
      const { text } = await printToText(page);
      expect(text).toContain(w.notSentColumn);
    }
  });
}
