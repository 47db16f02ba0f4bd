import { expect, expectNoAxeViolations, test, testMoment, type Page } from './fixtures';
import { readCsv } from './hostile-files';
import { files, moreResources, openWithCatalogue } from './training-needs-files';
import { eachLanguageOnce } from './where';

// The needs are dated from the day: today's gaps fall in fiscal year 2027 (ปีงบประมาณ 2570).
test.use({ clockAt: testMoment });

// The table shown, read until it says what is expected: a choice (by agency, by year) redraws it a frame later.
const rowsOf = async (page: Page, table: string) =>
  (await page.locator(`${table} tbody tr`).allInnerTexts()).map((text) => text.split('\t').map((cell) => cell.trim()));

test('shows the demand per resource in all, by agency and by fiscal year, and the gaps no resource serves (Thai)', async ({ page }) => {
  await openWithCatalogue(page, 'th');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'ความต้องการพัฒนาตามบัญชีแหล่งพัฒนา' }) });
  await expect(section).toContainText('จากบัญชี agency.json (3 รายการ)');
  // R-DS3 serves all three (2 levels each); R-DG5 the two below 3 (2 levels and 1); R-DS2 no one.
  await expect(section.locator('.org-needs__demand tbody tr')).toHaveCount(2);
  await expect
    .poll(() => rowsOf(page, '.org-needs__demand'))
    .toEqual([
      ['R-DS3', 'ตัวอย่าง: ออกแบบบริการ (สถาบันตัวอย่าง)', 'หลักสูตรฝึกอบรม', '3', '18', '0', '6'],
      ['R-DG5', 'ตัวอย่าง: สถาปัตยกรรมองค์กร (สถาบันตัวอย่าง)', 'หลักสูตรฝึกอบรม', '2', '24', '6,000', '3'],
    ]);
  await section.getByLabel('แยกตามหน่วยงาน').check();
  await expect
    .poll(() => rowsOf(page, '.org-needs__demand'))
    .toEqual([
      ['R-DS3', 'ตัวอย่าง: ออกแบบบริการ (สถาบันตัวอย่าง)', 'หลักสูตรฝึกอบรม', 'กรม ข', '2', '12', '0', '4'],
      ['R-DG5', 'ตัวอย่าง: สถาปัตยกรรมองค์กร (สถาบันตัวอย่าง)', 'หลักสูตรฝึกอบรม', 'กรม ก', '1', '12', '3,000', '2'],
      ['R-DS3', 'ตัวอย่าง: ออกแบบบริการ (สถาบันตัวอย่าง)', 'หลักสูตรฝึกอบรม', 'กรม ก', '1', '6', '0', '2'],
      ['R-DG5', 'ตัวอย่าง: สถาปัตยกรรมองค์กร (สถาบันตัวอย่าง)', 'หลักสูตรฝึกอบรม', 'กรม ข', '1', '12', '3,000', '1'],
    ]);
  await section.getByLabel('แยกตามปีงบประมาณ').check();
  await expect(section.locator('.org-needs__demand tbody tr').first()).toContainText('ปีงบประมาณ 2570');

  // The CSV for Excel (a byte order mark, so the Thai reads): a row per person and resource, the people in the
  // table's order (names without their titles, in Thai order), then a total row per resource.
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'ความต้องการพัฒนา CSV (Excel)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/training-needs\.csv$/);
  const csv = readCsv(await download.path());
  expect(csv[0]?.slice(0, 2)).toEqual(['แถว / Row', 'รหัสแหล่งพัฒนา / Resource id']);
  expect(csv.slice(1).map((row) => [row[0], row[1], row[6], row[8], row[9], row[10], row[11], row[12], row[13], row[14]])).toEqual([
    ['รายบุคคล / Person', 'R-DS3', 'นายซี ทดสอบ', 'กรม ข', '2570', 'DS300', '1', '6', '0', '2'],
    ['รายบุคคล / Person', 'R-DS3', 'นางบี ทดสอบ', 'กรม ข', '2570', 'DS300', '1', '6', '0', '2'],
    ['รายบุคคล / Person', 'R-DS3', 'นายเอก ทดสอบ', 'กรม ก', '2570', 'DS300', '1', '6', '0', '2'],
    ['รวมรายแหล่งพัฒนา / Resource total', 'R-DS3', '', '', '', '', '3', '18', '0', '6'],
    ['รายบุคคล / Person', 'R-DG5', 'นางบี ทดสอบ', 'กรม ข', '2570', 'DG500', '1', '12', '3000', '1'],
    ['รายบุคคล / Person', 'R-DG5', 'นายเอก ทดสอบ', 'กรม ก', '2570', 'DG500', '1', '12', '3000', '2'],
    ['รวมรายแหล่งพัฒนา / Resource total', 'R-DG5', '', '', '', '', '2', '24', '6000', '3'],
  ]);

  // DS200: the only resource reaches level 1, where all three stand; DG600: no resource at all.
  await section.getByText(/^ช่องว่างที่ไม่มีแหล่งพัฒนาใดในบัญชีรองรับ \(\d+\)$/).click();
  const unserved = section.locator('tr', { hasText: 'DS200' });
  await expect(unserved).toContainText('3');
  await expect(unserved).toContainText('แหล่งพัฒนาที่มีไม่ยกระดับให้สูงกว่าระดับปัจจุบัน');
  await expect(section.locator('tr', { hasText: 'DG600' })).toContainText('ไม่มีแหล่งพัฒนาใดพัฒนารายการนี้');
  await expectNoAxeViolations(page);
});

test('shows the same demand in English, and asks for a catalogue when none is kept', async ({ page }) => {
  await openWithCatalogue(page, 'en');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Training needs from the catalogue' }) });
  await expect(section).toContainText('From the catalogue agency.json (3 resources)');
  await expect
    .poll(() => rowsOf(page, '.org-needs__demand'))
    .toEqual([
      ['R-DS3', 'Example: service design (สถาบันตัวอย่าง)', 'Course', '3', '18', '0', '6'],
      ['R-DG5', 'Example: enterprise architecture (สถาบันตัวอย่าง)', 'Course', '2', '24', '6,000', '3'],
    ]);
  await section.getByLabel('By fiscal year').check();
  await expect(section.locator('.org-needs__demand tbody tr').first()).toContainText('Fiscal year 2027');
  await section.getByText(/^Gaps no resource of the catalogue serves \(\d+\)$/).click();
  await expect(section.locator('tr', { hasText: 'DS200' })).toContainText('The resources that serve it reach no higher than where these people stand');

  await page.evaluate(() => localStorage.removeItem('cio-skills-compass-catalogue'));
  await page.reload();
  await page.locator('#org-files').setInputFiles(files);
  const empty = page.locator('section', { has: page.getByRole('heading', { name: 'Training needs from the catalogue' }) });
  await expect(empty).toContainText('No catalogue of development resources is kept in this browser.');
  await expect(empty.getByRole('link', { name: 'Choose a catalogue file' })).toHaveAttribute('href', '#/catalogue');
});

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: works the needs out in a worker and shows the demand 50 rows a page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // The needs are worked out off the page's thread: the training-needs worker starts.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await openWithCatalogue(page, language, moreResources(60));
    const w =
      language === 'th'
        ? {
            title: 'ความต้องการพัฒนาตามบัญชีแหล่งพัฒนา',
            pages: 'หน้าของตารางความต้องการรายแหล่งพัฒนา',
            first: 'แถว 1–50 จาก 62',
            last: 'แถว 51–62 จาก 62',
            next: 'หน้าถัดไป',
            previous: 'หน้าก่อน',
          }
        : {
            title: 'Training needs from the catalogue',
            pages: 'Pages of the demand per resource',
            first: 'Rows 1–50 of 62',
            last: 'Rows 51–62 of 62',
            next: 'Next page',
            previous: 'Previous page',
          };
    const section = page.locator('section', { has: page.getByRole('heading', { name: w.title }) });
    // R-DS3, R-DG5 and the 60 more: 62 rows, 50 on the first page.
    const rows = section.locator('.org-needs__demand tbody tr');
    await expect(rows).toHaveCount(50);
    expect(workers.some((url) => /needs\.worker/.test(url))).toBe(true);
    const pager = section.getByRole('navigation', { name: w.pages });
    await expect(pager).toContainText(w.first);
    await expect(pager.getByRole('button', { name: w.previous })).toBeDisabled();
    await pager.getByRole('button', { name: w.next }).click();
    await expect(pager).toContainText(w.last);
    await expect(rows).toHaveCount(12);
    await expect(pager.getByRole('button', { name: w.next })).toBeDisabled();
    // Another grouping starts again at its first page.
    await section.getByLabel(language === 'th' ? 'แยกตามหน่วยงาน' : 'By agency').check();
    await expect(rows).toHaveCount(50);
    await pager.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`needs-pages-${language}-${width}.png`) });
    await expectNoAxeViolations(page);
  });
}
