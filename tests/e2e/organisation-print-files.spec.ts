import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, gotoApp, test, testMoment } from './fixtures';
import { backupFiles } from './organisation-files';
import { printToPdf } from './pdf';

test.use({ clockAt: testMoment });

/** The folder of organisation-files.ts (63 files, 3 refused) with a hidden system file and a copy of a backup. */
function folder(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'cio-org-print-')), 'backups');
  mkdirSync(root);
  const files = backupFiles();
  for (const file of files) writeFileSync(join(root, file.name), file.text);
  writeFileSync(join(root, '.DS_Store'), 'system');
  writeFileSync(join(root, 'copy-of-first.json'), files[0]?.text ?? '');
  return root;
}

const words = {
  th: {
    print: 'ไทย',
    read: 'จากไฟล์ที่อ่านได้ 60 ไฟล์',
    notCounted: ['ไฟล์มีปัญหา 3 ไฟล์ ไม่นับในตัวเลข', 'ไฟล์ระบบที่ข้ามไป 1 ไฟล์', 'ไฟล์ที่ซ้ำกับไฟล์ที่อ่านแล้ว 1 ไฟล์ ไม่นับซ้ำ'],
    evidence: 'ไม่มี (ไม่มีการประเมินใดระบุไฟล์หลักฐาน)',
    wrong: ['จาก 63 ไฟล์', 'จาก 65 ไฟล์', '0 ไฟล์ จาก 0 คน'],
  },
  en: {
    print: 'English',
    read: 'from 60 files read',
    notCounted: [
      '3 files with a problem, not counted in the figures',
      '1 hidden system file skipped',
      '1 file the same as one already read, not counted twice',
    ],
    evidence: 'None (no assessment names an evidence file)',
    wrong: ['from 63 files', 'from 65 files', '0 files, from 0 people'],
  },
};

/** Text compared without its spaces and line breaks: the PDF's text wraps where the page does. */
const flat = (text: string) => text.replace(/\s+/g, '');

for (const language of ['th', 'en'] as const) {
  test(`${language}: the printed summary counts the files read, and says apart how many were refused, skipped or the same, and that no evidence file was named`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const w = words[language];
    await gotoApp(page, '#/organisation');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#org-folder').setInputFiles(folder());
    await expect(page.locator('.org-people tbody tr').first()).toBeVisible();
    await page.getByRole('radio', { name: w.print, exact: true }).check();
    const printed = flat((await printToPdf(page, `org-print-files-${language}`)).text);
    for (const text of [w.read, ...w.notCounted, w.evidence]) expect(printed, text).toContain(flat(text));
    for (const text of w.wrong) expect(printed, text).not.toContain(flat(text));
  });
}
