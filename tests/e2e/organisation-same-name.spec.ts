import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRollupBackups } from '../../scripts/rollup-backups.mjs';
import { expect, expectNoAxeViolations, gotoApp, test } from './fixtures';
import { everyWidthAndLanguage } from './where';

/** Every CIO's "export all" backup is named alike (decision 025): two people's, each in a folder of its own. */
const sameName = 'cio-skills-compass_all_2569-12-01.json';

function twoPeoplesFiles(): { paths: [string, string]; names: [string, string] } {
  const files = makeRollupBackups(2, { duplicates: false, otherYears: false });
  const root = mkdtempSync(join(tmpdir(), 'cio-org-same-'));
  const paths = files.map((file, index) => {
    const folder = join(root, `cio-${index}`);
    mkdirSync(folder);
    writeFileSync(join(folder, sameName), file.text);
    return join(folder, sameName);
  });
  const names = files.map((file) => (JSON.parse(file.text) as { assessments: { appointee: { name: string } }[] }).assessments[0]?.appointee.name ?? '');
  return { paths: [paths[0] ?? '', paths[1] ?? ''], names: [names[0] ?? '', names[1] ?? ''] };
}

const words = {
  th: {
    summary: (files: number, people: number) => `อ่าน ${files} ไฟล์: ${people} คน จาก ${people} การประเมิน ไฟล์มีปัญหา 0 ไฟล์`,
    choose: 'เลือกไฟล์',
    add: 'เพิ่มไฟล์',
    same: `ไฟล์ ${sameName} ซ้ำกับไฟล์ที่อ่านแล้ว ไม่นับซ้ำ`,
    search: 'ค้นหาคนหรือไฟล์ที่จะนำออกจากภาพรวม (ชื่อคนหรือชื่อไฟล์)',
    removeFile: (name: string) => new RegExp(`^นำไฟล์ ${sameName.replaceAll('.', '\\.')} \\(.*${name}\\) ออกจากภาพรวม$`),
  },
  en: {
    summary: (files: number, people: number) =>
      `Read ${files} ${files === 1 ? 'file' : 'files'}: ${people} ${people === 1 ? 'person' : 'people'} from ${people} ${people === 1 ? 'assessment' : 'assessments'}; 0 files with a problem`,
    choose: 'Choose files',
    add: 'Add files',
    same: `${sameName} is the same file as one already read; not counted twice`,
    search: 'Search the person or file to remove from the roll-up (name or file name)',
    removeFile: (name: string) => new RegExp(`^Take the file ${sameName.replaceAll('.', '\\.')} \\(.*${name}\\) out of the roll-up$`),
  },
};

for (const [width, language] of everyWidthAndLanguage) {
  test(`${language} at ${width} px: two people's backups of the same name are two files, and the very same file again is said and not counted`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    const { paths, names } = twoPeoplesFiles();
    await gotoApp(page, '#/organisation');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel(w.choose).setInputFiles(paths[0]);
    const summary = page.locator('.org-summary-line');
    await expect(summary).toHaveText(w.summary(1, 1));

    // The second CIO's file, of the same name, is added beside the first: two people, not one.
    await page.getByLabel(w.add).setInputFiles(paths[1]);
    await expect(summary).toHaveText(w.summary(2, 2));
    await expect(page.getByText(w.same)).toHaveCount(0);

    // The very same file again changes nothing, and says so.
    await page.getByLabel(w.add).setInputFiles(paths[0]);
    await expect(page.getByText(w.same)).toBeVisible();
    await expect(summary).toHaveText(w.summary(2, 2));

    // The two files of one name are told apart by who is in them, and one is taken out alone.
    const removal = page.locator('section[aria-labelledby="org-remove-title"]');
    await removal.getByRole('searchbox', { name: w.search }).fill(sameName);
    await expect(removal.getByRole('button', { name: w.removeFile(names[0]) })).toBeVisible();
    await expect(removal.getByRole('button', { name: w.removeFile(names[1]) })).toBeVisible();
    await expectNoAxeViolations(page);
    await removal.getByRole('button', { name: w.removeFile(names[0]) }).click();
    await expect(summary).toHaveText(w.summary(1, 1));
    await expect(page.getByText(w.same)).toHaveCount(0);
    await expect(page.locator('.org-people tbody tr').first()).toContainText(names[1]);
  });
}
