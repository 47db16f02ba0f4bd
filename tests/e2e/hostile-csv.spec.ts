import { hostileCells } from '../../src/testing/hostile-cells';
import { expect, gotoApp, openWithState, test } from './fixtures';
import { backupOf, download, gapAssessment, readCsv, storedStateOf } from './hostile-files';

// Issue 23, point 4: every CSV the app writes is read back with a hostile cell of every kind, a line break included
// (papaparse's own guard, /^[=+\-@\t\r].*$/, missed a formula followed by a line break).
test.describe('every CSV the app writes keeps formulae as text', () => {
  test('the per-person CSV: a hostile name, agency and note of every kind reads back with a leading quote', async ({ page }) => {
    const keys = Object.keys(gapAssessment.ratings).slice(0, hostileCells.length);
    const ratings = { ...gapAssessment.ratings };
    keys.forEach((key, index) => (ratings[key] = { ...ratings[key], note: hostileCells[index] }));
    const hostile = { ...gapAssessment, appointee: { ...gapAssessment.appointee, name: '=1+1\n@evil', agency: '=HYPERLINK("http://x","y")\nx' }, ratings };
    await openWithState(page, storedStateOf([hostile]), '#/backup');
    const csv = await download(page, () => page.getByRole('button', { name: /^ตาราง CSV \(Excel\)/ }).click());
    const rows = readCsv(await csv.path());
    const header = rows[0] ?? [];
    const [name, agency, code, note] = ['ชื่อ-นามสกุล / Name', 'หน่วยงาน / Agency', 'รหัส / Code', 'หมายเหตุ / Note'].map((heading) => header.indexOf(heading)) as [
      number,
      number,
      number,
      number,
    ];
    for (const row of rows.slice(1)) expect([row[name], row[agency]]).toEqual(["'=1+1\n@evil", '\'=HYPERLINK("http://x","y")\nx']);
    keys.forEach((key, index) => {
      const row = rows.find((cells) => `${cells[code]}` !== '' && key.endsWith(`:${cells[code]}`));
      expect(row?.[note], key).toBe(`'${hostileCells[index]}`);
    });
  });

  test('the organisation CSVs: a hostile file name and agency of every kind read back with a leading quote', async ({ page }) => {
    await gotoApp(page, '#/organisation');
    const files = hostileCells.map((cell, index) => ({
      name: `${cell}-${index}.json`,
      mimeType: 'application/json',
      // One person a file: each under a name of their own (the same name in the same role would be one person's).
      buffer: Buffer.from(
        backupOf([
          {
            ...gapAssessment,
            id: `hostile-${index}`,
            appointee: { ...gapAssessment.appointee, name: `${gapAssessment.appointee.name} ${index}`, agency: cell },
          },
        ]),
      ),
    }));
    await page.locator('#org-files').setInputFiles(files);
    await expect(page.getByRole('heading', { name: new RegExp(`อ่าน ${files.length} ไฟล์: ${files.length} คน`) })).toBeVisible();
    const people = readCsv(await (await download(page, () => page.getByRole('button', { name: 'ตารางรายบุคคล CSV (Excel)' }).click())).path());
    hostileCells.forEach((cell, index) => {
      const row = people.find((cells) => cells[0] === `hostile-${index}`);
      // The agency is trimmed when read (a tab or a line break around it is not kept); what remains is still hostile.
      expect([row?.[1], row?.[4]], JSON.stringify(cell)).toEqual([`'${cell}-${index}.json`, `'${cell.trim()}`]);
    });
    const ranking = readCsv(await (await download(page, () => page.getByRole('button', { name: 'ตารางรายการที่ขาด CSV (Excel)' }).click())).path());
    expect(ranking.length).toBeGreaterThan(1);
  });
});
