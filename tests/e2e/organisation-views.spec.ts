import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { nameWithoutTitle } from '../../src/domain/organisation/organisation-names';
import { expect, expectNoAxeViolations, gotoApp, test, type Page } from './fixtures';
import { backupFiles, backupFolder, openFolder } from './organisation-files';

const numbers = async (page: Page, cells: string) => (await page.locator(cells).allTextContents()).map((text) => Number.parseFloat(text));
const texts = (page: Page, cells: string) => page.locator(cells).allTextContents();
const thaiOrder = (list: string[]) => [...list].sort((a, b) => new Intl.Collator('th').compare(a, b));

test('one filter narrows every view, its table and the CSV; every table sorts by its columns', async ({ page }) => {
  await openFolder(page);
  await page.getByLabel('บทบาท', { exact: true }).selectOption({ label: 'DCIO' });
  const status = page.locator('.org-filter-bar__status');
  await expect(status).toContainText(/ตรงกับตัวกรอง \d+ จาก 59 คน/);
  const shown = Number(/ตรงกับตัวกรอง (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(59);

  // The figures, the people, the heatmap, the counts, the ranking and the deadlines count only the DCIOs.
  await expect(page.locator('.org-figures dd').first()).toHaveText(String(shown));
  await expect(page.getByText(`แสดง 1–${shown} จาก ${shown} คน`)).toBeVisible();
  await expect(page.locator('[data-chart="org-heatmap"] svg > g')).toHaveCount(shown);
  const byRole = page.locator('section[aria-labelledby="org-by-role-title"]');
  await byRole.getByText('แสดงตัวเลข').click();
  await expect(byRole.locator('tbody tr')).toHaveCount(1);
  await expect(byRole.locator('tbody tr')).toHaveText(`DCIO${shown}`);
  const ranking = page.locator('section[aria-labelledby="org-ranking-title"]');
  await ranking.getByText('แสดงตัวเลข').click();
  expect(Math.max(...(await numbers(page, '#org-ranking-title ~ details tbody td:nth-child(4)')))).toBe(shown);
  for (const role of await texts(page, 'section[aria-labelledby="org-deadlines-title"] tbody td:nth-child(4)')) expect(role).toBe('DCIO');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ตารางรายบุคคล CSV (Excel)' }).click()]);
  expect(download.suggestedFilename()).toContain('DCIO');
  const rows = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').slice(1), { skipEmptyLines: true }).data;
  const role = rows[0]?.indexOf('บทบาท / Role') ?? -1;
  expect(rows.slice(1).map((row) => row[role])).toEqual(Array.from({ length: shown }, () => 'DCIO'));

  // Sorting: the ranking by mean gap (largest first), the agencies by name, the deadlines by name.
  await ranking.getByRole('button', { name: /^ช่องว่างเฉลี่ย/ }).click();
  await expect(ranking.locator('th[aria-sort="descending"]')).toContainText('ช่องว่างเฉลี่ย');
  const meanGaps = await numbers(page, '#org-ranking-title ~ details tbody td:nth-child(6)');
  expect(meanGaps).toEqual([...meanGaps].sort((a, b) => b - a));
  const byAgency = page.locator('section[aria-labelledby="org-by-agency-title"]');
  await byAgency.getByText('แสดงตัวเลข').click();
  await byAgency.getByRole('button', { name: /^หน่วยงาน:/ }).click();
  await expect(byAgency.locator('th[aria-sort="ascending"]')).toContainText('หน่วยงาน');
  const agencies = await texts(page, 'section[aria-labelledby="org-by-agency-title"] tbody th');
  expect(agencies).toEqual(thaiOrder(agencies));
  const deadlines = page.locator('section[aria-labelledby="org-deadlines-title"]');
  await deadlines.locator('section').first().getByRole('button', { name: /^ชื่อ:/ }).click();
  // Names sort without their titles (นาย, ดร., ว่าที่ร้อยตรี…).
  const overdue = (await texts(page, 'section[aria-labelledby="org-bucket-overdue"] tbody th')).map(nameWithoutTitle);
  expect(overdue).toEqual(thaiOrder(overdue));
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'ล้างตัวกรอง' }).click();
  await expect(status).toHaveText('ทุกส่วนด้านล่างนับทั้ง 59 คน เลือกบทบาท หน่วยงาน หรือสถานะเพื่อดูเฉพาะกลุ่ม');
  await expect(page.locator('.org-figures dd').first()).toHaveText('59');
});

test('cancel while the files are read stops everything, combines nothing, and the next folder opens', async ({ page }) => {
  // The workers' script is held back, so that the reading is still under way when Cancel is pressed, however fast the machine.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/rollup.worker-*.js', async (route) => {
    await released;
    await route.continue().catch(() => undefined);
  });
  await gotoApp(page, '#/organisation');
  const folder = backupFolder();
  await page.locator('#org-folder').setInputFiles(folder);
  await expect(page.getByText('กำลังอ่านไฟล์ 0 จาก 63')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'ความคืบหน้าการอ่านไฟล์' })).toBeVisible();
  await expect(page.locator('#org-folder')).toBeDisabled();
  await page.getByRole('button', { name: 'ยกเลิก' }).click();
  await expect(page.getByText('ยกเลิกแล้ว ยังไม่มีการรวมไฟล์')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.locator('.org-people')).toHaveCount(0);
  await expect(page.locator('#org-folder')).toBeEnabled();
  await expectNoAxeViolations(page);

  release();
  await page.locator('#org-folder').setInputFiles(folder);
  await expect(page.getByText('แสดง 1–50 จาก 59 คน')).toBeVisible();
});

test('a drop of many files is read like a chosen folder, bad files and all', async ({ page }) => {
  await gotoApp(page, '#/organisation');
  await expect(page.getByText('วางไฟล์หรือโฟลเดอร์ที่นี่')).toBeVisible();
  const files = [
    ...backupFiles(),
    // Each copy another text (a line added: as if exported again), so another file holding the same assessments; the
    // very same text would be the same file, not counted twice (decision 025).
    ...backupFiles()
      .slice(0, 60)
      .map((file) => ({ ...file, name: `copy-${file.name}`, text: `${file.text}\n` })),
  ];
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    const zone = document.querySelector('.org-drop');
    zone?.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  // 123 files: the 63 of the folder, and 60 copies of its backups (the same 59 people again, one refused copy): the
  // copies are duplicates of the same 62 assessments, so still 59 people.
  await expect(page.getByRole('heading', { name: /^อ่าน 123 ไฟล์: 59 คน จาก 62 การประเมิน ไฟล์มีปัญหา 4 ไฟล์/ })).toBeVisible();
  await expect(page.getByText('copy-backup-000049.json', { exact: false })).toBeVisible();
  await expect(page.getByText('แสดง 1–50 จาก 59 คน')).toBeVisible();
  // 63 duplicates (the folder's one, and every assessment of every good copy): the first 20 listed, the rest on demand.
  const duplicates = page.locator('details', { has: page.getByText('การประเมินเดียวกันอยู่ในหลายไฟล์ (63)') });
  await expect(duplicates.locator('li')).toHaveCount(20);
  await duplicates.getByRole('button', { name: 'แสดงทั้งหมด (63)' }).click();
  await expect(duplicates.locator('li')).toHaveCount(63);
});

test('every chart downloads as SVG and PNG, and the heatmap shows the items of a group on demand', async ({ page }) => {
  await openFolder(page);
  for (const id of ['org-heatmap', 'org-ranking', 'org-by-role', 'org-by-agency']) {
    const figure = page.locator(`section[aria-labelledby="${id}-title"]`);
    const title = (await figure.locator('h2').textContent()) ?? '';
    const [svg] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'ดาวน์โหลด SVG' }).click()]);
    expect(svg.suggestedFilename()).toMatch(new RegExp(`^organisation-\\d{4}-\\d{2}-\\d{2}_${id}\\.svg$`));
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toContain('<svg');
    expect(text).toContain(title);
    const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'ดาวน์โหลด PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(new RegExp(`_${id}\\.png$`));
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(100);
  }

  const heatmap = page.locator('section[aria-labelledby="org-heatmap-title"]');
  await page.getByLabel('คอลัมน์ของแผนภาพ').selectOption({ index: 1 });
  await expect(heatmap.locator('h2')).toContainText('แผนภาพช่องว่าง: รายบุคคล × รายการในกลุ่ม');
  await heatmap.getByText('แสดงตัวเลข').click();
  const codes = await texts(page, '#org-heatmap-title ~ details thead th');
  expect(codes.length).toBeGreaterThan(2);
  const [svg] = await Promise.all([page.waitForEvent('download'), heatmap.getByRole('button', { name: 'ดาวน์โหลด SVG' }).click()]);
  expect(readFileSync(await svg.path(), 'utf8')).toContain(codes[1] ?? '?');
  await expectNoAxeViolations(page);
});
