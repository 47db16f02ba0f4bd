import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parseBackup } from '../../src/domain/files/backup';
import { schemaVersion as backupSchemaVersion } from '../../src/domain/assessment/migrations';
import { expect, expectNoAxeViolations, gotoApp, openWithState, test, type Page } from './fixtures';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const assessment = fixture.state.assessments.gapfixture1;
const envelope = {
  format: 'cio-skills-compass-backup',
  schemaVersion: backupSchemaVersion,
  appVersion: 'test',
  exportedAt: '2026-11-27T09:00:00.000Z',
  assessments: [assessment],
};
const known = ['mcio', 'dcio', 'cio-assistant'];

async function openBackup(page: Page): Promise<void> {
  await openWithState(page, fixture, '#/backup');
  await expect(page.locator('#import-file')).toBeAttached();
}

const saved = (page: Page) => page.evaluate(() => localStorage.getItem('cio-skills-compass'));

async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.describe('export and import', () => {
  test("the file field reads in the page's language, is reached by keyboard and opens the file dialog from its button", async ({ page }) => {
    await openBackup(page);
    const field = page.getByLabel('เลือกไฟล์สำรอง (.json หรือ .zip)');
    await expect(field).toHaveAttribute('type', 'file');
    // What shows is the app's own button, not the browser's "Choose File / No file chosen".
    await expect(page.locator('label[for="import-file"]')).toBeVisible();
    await expect(page.locator('label[for="import-file"]')).toHaveText('เลือกไฟล์สำรอง (.json หรือ .zip)');
    await field.focus();
    await expect(field).toBeFocused();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('label[for="import-file"]').click()]);
    expect(chooser.isMultiple()).toBe(false);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('label[for="import-file"]')).toHaveText('Choose a backup file (.json or .zip)');
    await expectNoAxeViolations(page);
  });

  test('exports JSON that imports back exactly, and CSV with a BOM that a CSV parser reads, Thai intact', async ({ page }) => {
    await openBackup(page);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ไฟล์สำรอง JSON สมหญิง ตัวอย่าง · DCIO ปีงบประมาณ 2569' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^สมหญิง-ตัวอย่าง_DCIO_2026-11-27_backup\.json$/);
    const parsed = parseBackup(readFileSync(await json.path(), 'utf8'), known);
    expect(parsed.ok && parsed.assessments[0]?.ratings).toEqual(assessment.ratings);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ตาราง CSV (Excel) สมหญิง ตัวอย่าง · DCIO ปีงบประมาณ 2569' }).click(),
    ]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csvText.slice(1), { skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(62);
    expect(rows.data.find((row) => row[9] === 'DG300')?.[18]).toBe('อบรมหลักสูตร e-Government Interoperability แล้วบางส่วน');
    await expectNoAxeViolations(page);
  });

  // What each kind of bad file is refused with is the domain's (parseBackup's cases and a fuzz of 1,200 envelopes in
  // src/domain/files/backup.test.ts). Here: that the refusal reaches the screen and nothing saved changes, for a file the
  // domain refuses and for one the screen refuses by its size before reading it.
  test('refuses a bad file with a clear message and leaves what is saved byte-for-byte unchanged', async ({ page }) => {
    await openBackup(page);
    const before = await saved(page);
    const bad: [string, string][] = [
      [JSON.stringify({ ...envelope, schemaVersion: 99 }), 'รุ่นใหม่กว่า'],
      [JSON.stringify({ ...envelope, padding: 'x'.repeat(5 * 1024 * 1024 + 10) }), 'ใหญ่เกิน 5 MB'],
    ];
    for (const [text, message] of bad) {
      await importText(page, 'bad.json', text);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('ข้อมูลที่บันทึกไว้ไม่มีการเปลี่ยนแปลง');
      expect(await saved(page)).toBe(before);
    }
  });

  test('asks to replace or keep both when the assessment is already here, and imports an older schema', async ({ page }) => {
    await openBackup(page);
    await importText(page, 'same.json', JSON.stringify(envelope));
    const dialog = page.getByRole('dialog', { name: 'มีการประเมินนี้อยู่แล้ว' });
    await expect(dialog).toBeVisible();
    // The file holds what is saved: replacing loses nothing, and the dialog says nothing of losses.
    await expect(dialog).not.toContainText('ถ้าแทนที่');
    await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
    // A rating made after the export: replacing would lose it, and the dialog says so before the user chooses.
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}');
      const saved = stored.state.assessments.gapfixture1;
      saved.ratings['unit:DG100'] = { ...saved.ratings['unit:DG100'], note: 'หลังส่งออก' };
      saved.updatedAt = '2026-12-01T09:00:00.000Z';
      localStorage.setItem('cio-skills-compass', JSON.stringify(stored));
    });
    await page.reload();
    await importText(page, 'same.json', JSON.stringify(envelope));
    await expect(dialog).toContainText('ฉบับที่บันทึกไว้ในเบราว์เซอร์นี้แก้ไขหลังไฟล์นี้ และต่างจากไฟล์ 1 รายการ');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'เก็บไว้ทั้งสอง' }).click();
    await expect.poll(async () => Object.keys(JSON.parse((await saved(page)) ?? '{}').state.assessments).length).toBe(2);

    const old: Record<string, unknown> = { ...assessment };
    delete old.actions;
    delete old.rounds;
    const older = { ...envelope, schemaVersion: 2, assessments: [{ ...old, id: 'olderexport1' }] };
    await importText(page, 'older.json', JSON.stringify(older));
    await expect(page.getByRole('status').filter({ hasText: 'แปลงจากรุ่นข้อมูล 2' })).toHaveCount(1);
    const state = JSON.parse((await saved(page)) ?? '{}').state;
    expect(state.assessments.olderexport1.actions).toEqual([]);
  });

  test('keeps notes with markup as plain text: shown, never run', async ({ page }) => {
    await openBackup(page);
    const note = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const withMarkup = { ...envelope, assessments: [{ ...assessment, id: 'markup00001', ratings: { 'unit:DG100': { level: 1, note } } }] };
    await importText(page, 'markup.json', JSON.stringify(withMarkup));
    await expect(page.getByRole('status').filter({ hasText: 'นำเข้าแล้ว 1' })).toHaveCount(1);
    await gotoApp(page, '#/assessments/markup00001');
    await expect(page.locator('[data-key="unit:DG100"] textarea')).toHaveValue(note);
    await gotoApp(page, '#/assessments/markup00001/report');
    await expect(page.locator('.report')).toContainText('window.__pwned=1');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test.describe('storage faults and other tabs', () => {
  test('keeps working in memory with a lasting warning when storage is full', async ({ page, context }) => {
    await context.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await gotoApp(page, '#/assessments/new/dcio');
    await page.getByLabel('ตำแหน่ง').fill('ผู้อำนวยการ');
    await page.getByLabel('ส่วนราชการ').fill('กรมตัวอย่าง');
    const group = page.getByRole('group', { name: /วันที่ได้รับการแต่งตั้ง/ });
    await group.getByLabel('วัน').selectOption('1');
    await group.getByLabel('เดือน').selectOption('1');
    await group.getByLabel('ปี พ.ศ.').fill('2568');
    await page.getByRole('button', { name: 'เริ่มประเมิน' }).click();
    await expect(page.locator('.storage-warning').first()).toContainText('ไม่ยอมให้บันทึกข้อมูล');
    await page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio').nth(2).check();
    await expect(page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio', { checked: true })).toHaveAttribute('value', '2');
    // The header no longer says "saved at once"; far down the page the warning is still in sight.
    await expect(page.locator('.saved-note')).toContainText('ขณะนี้เบราว์เซอร์ไม่บันทึกการเปลี่ยนแปลง');
    await expect(page.locator('.saved-note')).not.toContainText('ทุกการเปลี่ยนแปลงบันทึกไว้');
    await page.getByRole('radiogroup').last().scrollIntoViewIfNeeded();
    await expect(page.locator('.storage-warning--pinned')).toBeInViewport();
    await expectNoAxeViolations(page);
    // Leaving the page asks first: what was done lives only in this tab.
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
  });

  test('says so at once when the browser blocks storage altogether (private mode, policy)', async ({ page, context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await gotoApp(page, '#/profiles/dcio');
    await expect(page.locator('.storage-warning').first()).toContainText('ไม่ยอมให้บันทึกข้อมูล');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1')).toHaveText('Department Chief Information Officer (DCIO)');
  });

  test('shows a change made in another tab, so older data never overwrites newer', async ({ page, context }) => {
    await openBackup(page);
    await gotoApp(page, '#/assessments/gapfixture1');
    const second = await context.newPage();
    await gotoApp(second, '#/assessments/gapfixture1');
    await second.getByRole('radiogroup', { name: /DT100/ }).getByRole('radio').nth(4).check();
    const dt100 = page.getByRole('radiogroup', { name: /DT100/ });
    await expect(dt100.getByRole('radio', { checked: true })).toHaveAttribute('value', '4');
    await page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio').nth(0).check();
    // The first tab writes its rating one frame after painting it (decision 015): wait until the write has landed,
    // then both tabs' changes are in storage.
    const storedLevels = () =>
      second.evaluate(() => {
        const ratings = JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state.assessments.gapfixture1.ratings;
        return { dt100: ratings['unit:DT100']?.level, dg100: ratings['unit:DG100']?.level };
      });
    await expect.poll(storedLevels).toEqual({ dt100: 4, dg100: 0 });
  });
});
