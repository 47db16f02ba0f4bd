import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRollupBackups } from '../../scripts/rollup-backups.mjs';
import { expect, expectNoAxeViolations, gotoApp, test } from './fixtures';
import { eachLanguageOnce } from './where';

/** A folder as HR's might hold it: one good backup, two with a field wrong, an empty one, a document, a CSV, and the system's hidden files. */
function mixedFolder(): string {
  const [good, second, third] = makeRollupBackups(4, { duplicates: false, otherYears: false }).filter((file) => file.name !== 'backup-000000.json');
  if (!good || !second || !third) throw new Error('the generated files changed');
  const change = (text: string, appointee: Record<string, string>) => {
    const backup = JSON.parse(text) as { assessments: { appointee: Record<string, string> }[] };
    return JSON.stringify({
      ...backup,
      assessments: backup.assessments.map((assessment) => ({ ...assessment, appointee: { ...assessment.appointee, ...appointee } })),
    });
  };
  const folder = join(mkdtempSync(join(tmpdir(), 'cio-org-mixed-')), 'backups');
  mkdirSync(folder);
  const files: Record<string, string | Buffer> = {
    'c-good.json': good.text,
    'b-agency.json': change(second.text, { agency: '' }),
    'a-date.json': change(third.text, { appointedOn: '2026-02-30' }),
    'empty.json': '',
    'report.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xff, 0xfe, 0x00, 0x00]),
    'staff.csv': 'ชื่อ,ตำแหน่ง,ส่วนราชการ\nสมชาย ใจดี,ผู้อำนวยการ,กรมตัวอย่าง\n',
    '.DS_Store': Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]),
    'Thumbs.db': Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
    '~$report.docx': Buffer.from([0x05, 0x41, 0x00]),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

const words = {
  th: {
    summary: 'อ่าน 6 ไฟล์: 1 คน จาก 1 การประเมิน ไฟล์มีปัญหา 5 ไฟล์',
    problems: 'ไฟล์ที่ใช้ไม่ได้ (5)',
    skipped: /^ไฟล์ระบบที่ซ่อนอยู่ ข้ามไปโดยไม่อ่าน .*\(3\)$/,
    refused: [
      'backups/a-date.json: วันที่แต่งตั้ง 30 กุมภาพันธ์ 2569 ไม่มีอยู่จริง',
      'backups/b-agency.json: ไม่มีชื่อส่วนราชการ',
      'backups/empty.json: ไฟล์นี้ว่างเปล่า',
      'backups/report.docx: ไม่ใช่ไฟล์สำรอง (ไฟล์ .docx)',
      'backups/staff.csv: ไม่ใช่ไฟล์สำรอง (ไฟล์ .csv)',
    ],
  },
  en: {
    summary: 'Read 6 files: 1 person from 1 assessment; 5 files with a problem',
    problems: 'Files that could not be used (5)',
    skipped: /^Hidden system files skipped without reading, .*\(3\)$/,
    refused: [
      'backups/a-date.json: The appointment date, 30 February 2026, does not exist',
      "backups/b-agency.json: The agency's name is missing",
      'backups/empty.json: The file is empty',
      'backups/report.docx: Not a backup file (a .docx file)',
      'backups/staff.csv: Not a backup file (a .csv file)',
    ],
  },
};

// Behaviour, not layout: once in each language (tests/e2e/where.ts).
for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: refusals name the field in words, files that are not backups say so, hidden system files are skipped and counted, the list by file name`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    await gotoApp(page, '#/organisation');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#org-folder').setInputFiles(mixedFolder());
    await expect(page.locator('.org-summary-line')).toHaveText(w.summary);
    const problems = page.locator('details', { has: page.getByText(w.problems) });
    const items = problems.locator('li');
    await expect(items).toHaveCount(5);
    const texts = await items.allTextContents();
    w.refused.forEach((start, index) => expect(texts[index]).toContain(start));
    // Never a schema path, nor "ตำแหน่ง" (which is also the job title's column) for a place in the file.
    for (const text of texts) expect(text).not.toMatch(/\[\d+\]|appointee|ตำแหน่ง |\bat assessments/);
    await expect(page.getByText(w.skipped)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
