import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRollupBackups } from '../../scripts/rollup-backups.mjs';
import { expect, expectNoAxeViolations, gotoApp, test } from './fixtures';
import { backupFiles, backupFolder, openFolder } from './organisation-files';
import { eachLanguageOnce } from './where';

const words = {
  th: {
    summary: (files: number, people: number, assessments: number, refused: number) =>
      `อ่าน ${files} ไฟล์: ${people} คน จาก ${assessments} การประเมิน ไฟล์มีปัญหา ${refused} ไฟล์`,
    addFolder: 'เพิ่มทั้งโฟลเดอร์',
    newer: /ใช้ฉบับใหม่กว่าจาก backups\/backup-000002-newer\.json/,
    search: 'ค้นหาคนหรือไฟล์ที่จะนำออกจากภาพรวม (ชื่อคนหรือชื่อไฟล์)',
    removePerson: 'นำ นายสมชาย วงศ์ดี ออกจากภาพรวม',
    removeFile: /^นำไฟล์ backups\/backup-000003\.json \(/,
    removeNewer: /^นำไฟล์ backups\/backup-000002-newer\.json \(/,
    startOver: 'เริ่มภาพรวมใหม่',
    keepGoing: 'ไม่เริ่มใหม่',
    again: 'เริ่มใหม่',
    choose: 'เลือกไฟล์',
  },
  en: {
    summary: (files: number, people: number, assessments: number, refused: number) =>
      `Read ${files} files: ${people} people from ${assessments} assessments; ${refused} ${refused === 1 ? 'file' : 'files'} with a problem`,
    addFolder: 'Add a folder',
    newer: /kept the newer copy from backups\/backup-000002-newer\.json/,
    search: 'Search the person or file to remove from the roll-up (name or file name)',
    removePerson: 'Take นายสมชาย วงศ์ดี out of the roll-up',
    removeFile: /^Take the file backups\/backup-000003\.json \(/,
    removeNewer: /^Take the file backups\/backup-000002-newer\.json \(/,
    startOver: 'Start a new roll-up',
    keepGoing: 'Keep this one',
    again: 'Start again',
    choose: 'Choose files',
  },
};

/**
 * Three late files, in a folder named like the first ("backups"): a new person, a newer copy of a person's
 * assessment, and a good file under the name of a refused one (another file: added beside it, decision 025).
 */
function lateFolder(): string {
  const [newPerson] = makeRollupBackups(1, { first: 100 });
  const older = backupFiles().find((file) => file.name === 'backup-000002.json');
  const good = backupFiles().find((file) => file.name === 'backup-000004.json');
  if (!newPerson || !older || !good) throw new Error('the generated files changed');
  const envelope = JSON.parse(older.text) as { assessments: { updatedAt: string }[] };
  const newer = { ...envelope, assessments: envelope.assessments.map((assessment) => ({ ...assessment, updatedAt: '2026-11-25T00:00:00.000Z' })) };
  // notes.txt was refused in the folder (not a backup); another file of that name is another file, read beside it.
  const fixed = JSON.parse(good.text) as { assessments: { id: string; appointee: { name: string } }[] };
  const renamed = {
    ...fixed,
    assessments: fixed.assessments.map((assessment) => ({ ...assessment, id: 'notes-person', appointee: { ...assessment.appointee, name: 'นางนงลักษณ์ ทองดี' } })),
  };
  const folder = join(mkdtempSync(join(tmpdir(), 'cio-org-late-')), 'backups');
  mkdirSync(folder);
  writeFileSync(join(folder, newPerson.name), newPerson.text);
  writeFileSync(join(folder, 'backup-000002-newer.json'), JSON.stringify(newer));
  writeFileSync(join(folder, 'notes.txt'), JSON.stringify(renamed));
  return folder;
}

// Behaviour, not layout: once in each language (tests/e2e/where.ts).
for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: late files are added to the roll-up shown, a newer copy replaces the older, and a person or a file is taken out`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    const summary = page.locator('.org-summary-line');
    await expect(summary).toHaveText(w.summary(63, 59, 62, 3));

    // 63 files + 3: 2 new people (a new one, and the good notes.txt beside the refused one) and a newer copy: 61 people.
    // The good notes.txt once replaced the refused one of its name; a file is now known by what it is, not its name
    // (decision 025), so the refusal stays listed until it is taken out.
    await page.getByLabel(w.addFolder).setInputFiles(lateFolder());
    await expect(summary).toHaveText(w.summary(66, 61, 64, 3));
    await expect(page.getByText(w.newer)).toBeVisible();

    const removal = page.locator('section[aria-labelledby="org-remove-title"]');
    await removal.getByRole('searchbox', { name: w.search }).fill('วงศ์ดี');
    await removal.getByRole('button', { name: w.removePerson }).click();
    await expect(summary).toHaveText(w.summary(65, 60, 63, 3));
    await removal.getByRole('searchbox', { name: w.search }).fill('backup-000003');
    await removal.getByRole('button', { name: w.removeFile }).click();
    await expect(summary).toHaveText(w.summary(64, 59, 62, 3));
    // Taking out the newer copy's file falls back on the older copy, still in its file: the person stays (HR trial,
    // 7 Dec: they vanished, and their older file, listed still, could not be added again).
    await removal.getByRole('searchbox', { name: w.search }).fill('backup-000002');
    await removal.getByRole('button', { name: w.removeNewer }).click();
    await expect(summary).toHaveText(w.summary(63, 59, 62, 3));
    await expect(page.getByText(w.newer)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Starting again asks first.
    await page.getByRole('button', { name: w.startOver }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.keepGoing }).click();
    await expect(summary).toHaveText(w.summary(63, 59, 62, 3));
    await page.getByRole('button', { name: w.startOver }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.again, exact: true }).click();
    await expect(summary).toHaveCount(0);
    await expect(page.getByLabel(w.choose)).toBeEnabled();
  });
}

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: leaving the page while files are read asks first`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // The workers' script is held back, so that the reading is still under way when the page is left.
    await page.route('**/rollup.worker-*.js', () => undefined);
    await gotoApp(page, '#/organisation');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#org-folder').setInputFiles(backupFolder());
    await expect(page.getByRole('progressbar')).toBeVisible();
    // The browser asks only a page the user has touched.
    await page.locator('h1').click();
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
  });
}
