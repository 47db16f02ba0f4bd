import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/backup';
import { schemaVersion as backupSchemaVersion } from '../../src/domain/migrations';
import { expectNoAxeViolations, gotoApp, setUpAppBrowser, type AppPage } from './harness';

const openApp = setUpAppBrowser();
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const assessment = fixture.state.assessments.gapfixture1;
const envelope = { format: 'cio-skills-compass-backup', schemaVersion: backupSchemaVersion, appVersion: 'test', exportedAt: '2026-11-27T09:00:00.000Z', assessments: [assessment] };
const known = ['mcio', 'dcio', 'cio-assistant'];

async function openBackup(app: AppPage): Promise<void> {
  await gotoApp(app);
  await app.page.evaluate((blob) => localStorage.setItem('cio-skills-compass', JSON.stringify(blob)), fixture);
  await gotoApp(app, '#/backup');
  await app.page.reload();
  await app.page.waitForSelector('#import-file');
}

const saved = (app: AppPage) => app.page.evaluate(() => localStorage.getItem('cio-skills-compass'));

async function importText(app: AppPage, name: string, text: string): Promise<void> {
  await app.page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('export and import', () => {
  it('exports JSON that imports back exactly, and CSV with a BOM that a CSV parser reads, Thai intact', async () => {
    const app = await openApp();
    await openBackup(app);
    const [json] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'ไฟล์สำรอง JSON DCIO ปีงบประมาณ 2569' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^DCIO_สมหญิง-ตัวอย่าง_\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseBackup(readFileSync(await json.path(), 'utf8'), known);
    expect(parsed.ok && parsed.assessments[0]?.ratings).toEqual(assessment.ratings);

    const [csv] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'ตาราง CSV (Excel) DCIO ปีงบประมาณ 2569' }).click()]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csvText.slice(1), { skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(62);
    expect(rows.data.find((row) => row[9] === 'DG300')?.[18]).toBe('อบรมหลักสูตร e-Government Interoperability แล้วบางส่วน');
    await expectNoAxeViolations(app.page);
  });

  const bad: [string, string, string][] = [
    ['not JSON', '{ this is not json', 'ไฟล์นี้ไม่ใช่ JSON'],
    ['not our format', JSON.stringify({ name: 'something else' }), 'ไม่ใช่ไฟล์สำรอง'],
    ['a newer schema version', JSON.stringify({ ...envelope, schemaVersion: 99 }), 'รุ่นใหม่กว่า'],
    ['missing fields', JSON.stringify({ ...envelope, assessments: [{ ...assessment, appointee: { name: 'x' } }] }), 'assessments[0].appointee'],
    ['an unknown profile id', JSON.stringify({ ...envelope, assessments: [{ ...assessment, profileId: 'ceo' }] }), 'ไม่รู้จักชุดทักษะ "ceo"'],
    ['a rating out of range', JSON.stringify({ ...envelope, assessments: [{ ...assessment, ratings: { 'unit:DG100': { level: 9 } } }] }), 'ratings.unit:DG100.level'],
    ['a target out of range', JSON.stringify({ ...envelope, assessments: [{ ...assessment, ratings: { 'unit:DG100': { level: 1, target: 5 } } }] }), 'ratings.unit:DG100.target'],
    ['a date that is not a date', JSON.stringify({ ...envelope, assessments: [{ ...assessment, appointee: { ...assessment.appointee, appointedOn: '31/02/2567' } }] }), 'appointee.appointedOn'],
    ['a __proto__ key', JSON.stringify(envelope).replace('"ratings":', '"__proto__":{"isAdmin":true},"ratings":'), 'คีย์ต้องห้าม "__proto__"'],
    ['a constructor key', JSON.stringify(envelope).replace('"ratings":', '"constructor":{"name":"x"},"ratings":'), 'คีย์ต้องห้าม "constructor"'],
    ['a file over 5 MB', JSON.stringify({ ...envelope, padding: 'x'.repeat(5 * 1024 * 1024 + 10) }), 'ใหญ่เกิน 5 MB'],
  ];
  it.each(bad)('refuses %s with a clear message and leaves what is saved byte-for-byte unchanged', async (_name, text, message) => {
    const app = await openApp();
    await openBackup(app);
    const before = await saved(app);
    await importText(app, 'bad.json', text);
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(message);
    expect(await alert.textContent()).toContain('ข้อมูลที่บันทึกไว้ไม่มีการเปลี่ยนแปลง');
    expect(await saved(app)).toBe(before);
  });

  it('asks to replace or keep both when the assessment is already here, and imports an older schema', async () => {
    const app = await openApp();
    await openBackup(app);
    await importText(app, 'same.json', JSON.stringify(envelope));
    const dialog = app.page.getByRole('dialog', { name: 'มีการประเมินนี้อยู่แล้ว' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectNoAxeViolations(app.page);
    await dialog.getByRole('button', { name: 'เก็บไว้ทั้งสอง' }).click();
    await expect.poll(async () => Object.keys(JSON.parse((await saved(app)) ?? '{}').state.assessments).length).toBe(2);

    const old: Record<string, unknown> = { ...assessment };
    delete old.actions;
    delete old.rounds;
    const older = { ...envelope, schemaVersion: 2, assessments: [{ ...old, id: 'olderexport1' }] };
    await importText(app, 'older.json', JSON.stringify(older));
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'แปลงจากรุ่นข้อมูล 2' }).count()).toBe(1);
    const state = JSON.parse((await saved(app)) ?? '{}').state;
    expect(state.assessments.olderexport1.actions).toEqual([]);
  });

  it('keeps notes with markup as plain text: shown, never run', async () => {
    const app = await openApp();
    await openBackup(app);
    const note = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const withMarkup = { ...envelope, assessments: [{ ...assessment, id: 'markup00001', ratings: { 'unit:DG100': { level: 1, note } } }] };
    await importText(app, 'markup.json', JSON.stringify(withMarkup));
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'นำเข้าแล้ว 1' }).count()).toBe(1);
    await gotoApp(app, '#/assessments/markup00001');
    await app.page.waitForSelector('[data-key="unit:DG100"] textarea');
    expect(await app.page.locator('[data-key="unit:DG100"] textarea').inputValue()).toBe(note);
    await gotoApp(app, '#/assessments/markup00001/report');
    await app.page.waitForSelector('.report');
    expect(await app.page.locator('.report').textContent()).toContain('window.__pwned=1');
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('storage faults and other tabs', () => {
  it('keeps working in memory with a lasting warning when storage is full', async () => {
    const app = await openApp();
    await app.context.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await gotoApp(app, '#/assessments/new/dcio');
    await app.page.getByLabel('ตำแหน่ง').fill('ผู้อำนวยการ');
    await app.page.getByLabel('ส่วนราชการ').fill('กรมตัวอย่าง');
    const group = app.page.getByRole('group', { name: /วันที่ได้รับการแต่งตั้ง/ });
    await group.getByLabel('วัน').selectOption('1');
    await group.getByLabel('เดือน').selectOption('1');
    await group.getByLabel('ปี พ.ศ.').fill('2568');
    await app.page.getByRole('button', { name: 'เริ่มประเมิน' }).click();
    await app.page.waitForSelector('[data-key]');
    await expect.poll(() => app.page.locator('.storage-warning').first().textContent()).toContain('ไม่ยอมให้บันทึกข้อมูล');
    await app.page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio').nth(2).check();
    expect(await app.page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio', { checked: true }).getAttribute('value')).toBe('2');
    await expectNoAxeViolations(app.page);
  });

  it('says so at once when the browser blocks storage altogether (private mode, policy)', async () => {
    const app = await openApp();
    await app.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await gotoApp(app, '#/profiles/dcio');
    await expect.poll(() => app.page.locator('.storage-warning').first().textContent()).toContain('ไม่ยอมให้บันทึกข้อมูล');
    await app.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => app.page.locator('h1').textContent()).toBe('Department Chief Information Officer (DCIO)');
  });

  it('shows a change made in another tab, so older data never overwrites newer', async () => {
    const first = await openApp();
    await openBackup(first);
    await gotoApp(first, '#/assessments/gapfixture1');
    await first.page.waitForSelector('[data-key]');
    const second = await first.context.newPage();
    await second.goto(first.url('#/assessments/gapfixture1'));
    await second.waitForSelector('[data-key]');
    await second.getByRole('radiogroup', { name: /DT100/ }).getByRole('radio').nth(4).check();
    const dt100 = first.page.getByRole('radiogroup', { name: /DT100/ });
    await expect.poll(() => dt100.getByRole('radio', { checked: true }).count()).toBe(1);
    expect(await dt100.getByRole('radio', { checked: true }).getAttribute('value')).toBe('4');
    await first.page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio').nth(0).check();
    const stored = JSON.parse((await second.evaluate(() => localStorage.getItem('cio-skills-compass'))) ?? '{}').state.assessments.gapfixture1.ratings;
    expect(stored['unit:DT100'].level).toBe(4);
    expect(stored['unit:DG100'].level).toBe(0);
  });
});
