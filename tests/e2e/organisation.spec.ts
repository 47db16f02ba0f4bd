import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { futureSchemaVersion, openFolder, printToText } from './organisation-files';

test('opens a folder with bad files through the real file input, lists every refusal and duplicate, and shows the people', async ({ page }) => {
  await openFolder(page);
  // 63 files: 3 refused (1 in 50, the newer one, the text file), 1 duplicate → 63 − 3 refused − 1 duplicate = 59 people,
  // three of whom also sent their assessment of the year before: 62 assessments.
  await expect(page.getByRole('heading', { name: /อ่าน 63 ไฟล์: 59 คน จาก 62 การประเมิน ไฟล์มีปัญหา 3 ไฟล์/ })).toBeVisible();
  const problems = page.locator('details', { has: page.getByText('ไฟล์ที่ใช้ไม่ได้ (3)') });
  await expect(problems).toContainText(`backups/from-the-future.json: ไฟล์มาจากแอปรุ่นใหม่กว่า (รุ่นข้อมูล ${futureSchemaVersion})`);
  // Each with its size, which tells apart refused files of one name ("export all" backups all have one; HR trial, 7 Dec).
  await expect(problems).toContainText('backups/notes.txt: ไม่ใช่ไฟล์สำรอง (ไฟล์ .txt)');
  await expect(problems).toContainText(/backups\/notes\.txt: [^(]+\(ไฟล์ \.txt\)[^(]+\(12 ไบต์\)/);
  await expect(problems).toContainText('backups/backup-000049.json');
  await expect(page.getByText('การประเมินเดียวกันอยู่ในหลายไฟล์ (1)')).toBeVisible();
  await expect(page.getByText(/ใช้ฉบับใหม่กว่าจาก backups\/backup-000000-again\.json/)).toBeVisible();
  await expect(page.getByText(/ไฟล์จากแอปรุ่นก่อน แปลงแล้ว \(\d+\)/)).toBeVisible();
  await expect(page.getByText('แสดง 1–50 จาก 59 คน')).toBeVisible();
  await expectNoAxeViolations(page);

  // The same reasons in English once the screen is in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText(/backups\/from-the-future\.json: The file comes from a newer version of the app/)).toBeVisible();
});

test('filters and sorts the people, pages through them, and keeps the heatmap to the page shown', async ({ page }) => {
  await openFolder(page);
  // The table's pages (the heatmap, once it has loaded, has its own buttons for the same page).
  const tablePages = page.getByRole('navigation', { name: 'หน้าของตาราง' });
  await tablePages.getByRole('button', { name: 'หน้าถัดไป' }).click();
  await expect(page.getByText('แสดง 51–59 จาก 59 คน')).toBeVisible();
  await expect(tablePages.getByText('หน้า 2 จาก 2')).toBeVisible();
  await page.getByLabel('บทบาท', { exact: true }).selectOption({ label: 'DCIO' });
  const rows = page.locator('.org-people tbody tr');
  await expect(page.getByText(/แสดง 1–\d+ จาก \d+ คน/)).toBeVisible();
  for (const role of await rows.locator('td[data-column="profileId"]').allTextContents()) expect(role).toBe('DCIO');
  await page
    .locator('.org-people')
    .getByRole('button', { name: /^ความพร้อม: เรียงตามความพร้อม/ })
    .click();
  await expect(page.locator('.org-people th[aria-sort="ascending"]')).toContainText('ความพร้อม');
  const readiness = (await rows.locator('td[data-column="overall"]').allTextContents()).map((text) => Number.parseInt(text, 10));
  expect(readiness).toEqual([...readiness].sort((a, b) => a - b));
  await expect(page.locator('[data-chart="org-heatmap"] svg > g')).toHaveCount(await rows.count());
  await page.getByLabel('คอลัมน์ของแผนภาพ').selectOption({ label: 'ความรู้' });
  await expect(page.getByRole('heading', { name: 'แผนภาพช่องว่าง: รายบุคคล × รายการในกลุ่ม ความรู้' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Gap map: people × the items of Knowledge' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('exports the people and the item ranking as formula-safe CSV with a BOM, identity columns and both kinds of date', async ({ page }) => {
  await openFolder(page);
  const [people] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ตารางรายบุคคล CSV (Excel)' }).click()]);
  const text = readFileSync(await people.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(60);
  const header = parsed.data[0] ?? [];
  expect(header.slice(0, 3)).toEqual(['รหัสการประเมิน / Assessment id', 'ไฟล์ / File', 'ชื่อ / Name']);
  const row = parsed.data.find((cells) => cells[0] === 'formula-person') ?? [];
  expect(row[2]).toBe('\'=HYPERLINK("http://x")');
  const appointedBE = row[header.indexOf('วันแต่งตั้ง (พ.ศ.) / Appointed (BE)')] ?? '';
  const appointedISO = row[header.indexOf('วันแต่งตั้ง (ค.ศ.) / Appointed (ISO)')] ?? '';
  const [year, month, day] = appointedISO.split('-');
  expect(appointedBE).toBe(`${day}/${month}/${Number(year) + 543}`);

  const [items] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ตารางรายการที่ขาด CSV (Excel)' }).click()]);
  const ranking = Papa.parse<string[]>(readFileSync(await items.path(), 'utf8').slice(1), { skipEmptyLines: true });
  const itemsHeader = ranking.data[0] ?? [];
  expect(itemsHeader.slice(0, 5)).toEqual([
    'อันดับ / Rank',
    'รหัสรายการ (เหมือนกันทุกบทบาท) / Item id (the same in every role)',
    'รหัสใน MCIO / Code in MCIO',
    'รหัสใน DCIO / Code in DCIO',
    'รหัสใน CIO Assistant / Code in CIO Assistant',
  ]);
  expect(ranking.data[1]?.[0]).toBe('1');
  // One item, one id; each role's column has the code that role's own screens show (E8 in MCIO is E9 in DCIO).
  const architecture = ranking.data.find((cells) => cells[1] === 'experience:enterprise-architecture') ?? [];
  expect(architecture.slice(2, 5)).toEqual(['E8', 'E9', 'E8']);
});

test('prints an A4 landscape summary in English of the people filtered, with the organisation name and page x of y, read back as text', async ({ page }) => {
  await openFolder(page);
  await page.getByLabel('บทบาท', { exact: true }).selectOption({ label: 'DCIO' });
  await expect(page.locator('.org-filter-bar__status')).toContainText(/ตรงกับตัวกรอง \d+ จาก 59 คน/);
  await page.getByLabel('ชื่อหน่วยงาน (พิมพ์บนรายงาน)').fill('กระทรวงตัวอย่าง');
  await page.getByRole('radio', { name: 'English' }).check();
  const { text, info, pages } = await printToText(page);
  expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  expect(text).toContain('Digital skills of the CIOs: organisation summary');
  expect(text).toContain('Organisation: กระทรวงตัวอย่าง');
  expect(text).toMatch(/Only: DCIO \(\d+ of 59 people\)/);
  expect(text).not.toMatch(/\bMCIO\b/);
  expect(text).toContain('Items with the most people below target (top 20)');
  expect(text).toMatch(/Overdue: \d+/);
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  expect(text).not.toContain('Open backup files');
  // Nor the page around the screen: its header, navigation and footer, in the screen's Thai.
  expect(text).not.toContain('เข็มทิศทักษะดิจิทัล CIO');

  // The same summary in Thai, chosen apart from the screen's language.
  await page.getByRole('radio', { name: 'ไทย' }).check();
  const thai = await printToText(page);
  expect(thai.text).toContain('สรุปผลการประเมินทักษะดิจิทัลของผู้บริหารเทคโนโลยีสารสนเทศ');
  expect(thai.text).toMatch(/เฉพาะ: DCIO \(\d+ จาก 59 คน\)/);
  expect(thai.text).toContain(`หน้า ${thai.pages} จาก ${thai.pages}`);
});

test('keeps nothing unless asked; a kept roll-up has its own key, comes back after a reload, and its button clears it', async ({ page }) => {
  await openFolder(page);
  const stored = () => page.evaluate(() => Object.keys(localStorage).sort());
  expect(await stored()).not.toContain('cio-skills-compass-organisation');
  await page.getByRole('button', { name: 'เก็บภาพรวมไว้ในเบราว์เซอร์นี้' }).click();
  await expect(page.getByText('เก็บภาพรวมไว้แล้ว แยกจากการประเมินของคุณเอง')).toBeVisible();
  expect(await stored()).toContain('cio-skills-compass-organisation');
  await page.reload();
  await expect(page.getByText('แสดง 1–50 จาก 59 คน')).toBeVisible();
  await expect(page.getByText(/มีภาพรวมที่เก็บไว้ในเบราว์เซอร์นี้เมื่อ/)).toBeVisible();
  await page.getByRole('button', { name: 'ล้างภาพรวม' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'ล้าง', exact: true }).click();
  await expect(page.getByText('ล้างภาพรวมที่เก็บไว้แล้ว')).toBeVisible();
  await expect(page.locator('.org-people')).toHaveCount(0);
  expect(await stored()).not.toContain('cio-skills-compass-organisation');
  await expectNoAxeViolations(page);
});
