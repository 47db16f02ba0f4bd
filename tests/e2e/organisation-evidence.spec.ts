import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { makeRollupBackups } from '../../scripts/rollup-backups.mjs';
import { schemaVersion } from '../../src/domain/assessment/migrations';
import { expect, expectNoAxeViolations, gotoApp, test, type Page } from './fixtures';
import { printToText } from './organisation-files';
import { eachLanguageOnce } from './where';

/**
 * The organisation view reads backups with evidence files (issue 27): the JSON backup inside each zip, a zip with a
 * path out of its folder refused by name; each person's evidence files counted, from a zip or a JSON backup alike,
 * and none of the files kept: nothing in IndexedDB, no file name in storage.
 */
type Backup = {
  assessments: { appointee: { name: string; appointedOn: string }; experience: Record<string, { status: string }>; evidence?: unknown[] }[];
};
const secretName = 'คำสั่งลับ-ห้ามเก็บ.pdf';

/** `overdue`: each person appointed in 2023 with no experience yet, so that the printed lists of who is overdue name them all. */
function evidenceFolder(overdue = false): { folder: string; names: string[] } {
  const [first, second] = makeRollupBackups(3, { duplicates: false, otherYears: false });
  if (!first || !second) throw new Error('the generated files changed');
  const withEvidence = (text: string, count: number) => {
    const backup = JSON.parse(text) as Backup;
    const evidence = Array.from({ length: count }, (_, index) => ({
      id: `file-org${index}${count}`,
      attachedTo: 'experience:enterprise-architecture',
      name: index === 0 ? secretName : `file-${index}.pdf`,
      size: 10,
      addedAt: '2026-11-20T03:00:00.000Z',
      sha256: 'a'.repeat(64),
    }));
    const late = (assessment: Backup['assessments'][number]) =>
      overdue
        ? {
            appointee: { ...assessment.appointee, appointedOn: '2023-01-04' },
            experience: Object.fromEntries(Object.keys(assessment.experience).map((key) => [key, { status: 'none' }])),
          }
        : {};
    return { ...backup, schemaVersion, assessments: backup.assessments.map((assessment) => ({ ...assessment, ...late(assessment), evidence })) } as Backup;
  };
  const zipped = withEvidence(first.text, 2);
  const plain = withEvidence(second.text, 1);
  const entries = {
    'backup.json': strToU8(JSON.stringify(zipped)),
    'manifest.json': strToU8('{}'),
    [`evidence/file-org02/${secretName}`]: new Uint8Array(10),
  };
  const folder = join(mkdtempSync(join(tmpdir(), 'cio-org-zip-')), 'backups');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a-with-evidence.zip'), zipSync(entries));
  writeFileSync(join(folder, 'b-plain.json'), JSON.stringify(plain));
  writeFileSync(join(folder, 'c-climbing.zip'), zipSync({ ...entries, '../../outside.pdf': strToU8('x') }));
  return { folder, names: [zipped, plain].map((backup) => backup.assessments[0]?.appointee.name ?? '') };
}

/** The evidence column's text for each person shown, by name. */
const evidenceByName = (page: Page, column: string) =>
  page.locator('table.org-people').evaluate((table, heading) => {
    const headings = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim() ?? '');
    const at = headings.findIndex((text) => text.startsWith(heading));
    return Object.fromEntries(
      [...table.querySelectorAll('tbody tr')].map((row) => {
        const cells = [...row.querySelectorAll('th, td')];
        return [cells[0]?.textContent?.trim() ?? '', cells[at]?.textContent?.trim() ?? ''];
      }),
    );
  }, column);

const words = {
  th: {
    summary: 'อ่าน 3 ไฟล์: 2 คน จาก 2 การประเมิน ไฟล์มีปัญหา 1 ไฟล์',
    refused: 'backups/c-climbing.zip: ไฟล์ zip มีชื่อไฟล์ที่ชี้ออกนอกโฟลเดอร์ของตน ("../../outside.pdf") จึงไม่เปิดไฟล์ใดในนั้นเลย',
    columns: 'เลือกคอลัมน์',
    column: 'คอลัมน์ ไฟล์หลักฐาน',
    heading: 'ไฟล์หลักฐาน',
  },
  en: {
    summary: 'Read 3 files: 2 people from 2 assessments; 1 file with a problem',
    refused: 'backups/c-climbing.zip: The zip file holds a path that leads out of its folder ("../../outside.pdf"), so nothing in it was opened',
    columns: 'Choose columns',
    column: 'Evidence files column',
    heading: 'Evidence files',
  },
};

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: zips and JSON backups alike give each person's count of evidence files, a zip out of its folder is refused, no file is kept`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    const { folder, names } = evidenceFolder();
    await gotoApp(page, '#/organisation');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#org-folder').setInputFiles(folder);
    await expect(page.locator('.org-summary-line')).toHaveText(w.summary);
    await expect(page.getByText(w.refused)).toBeVisible();
    await page.getByText(w.columns).click();
    await page.getByLabel(w.column).check();
    await expect(page.locator('.org-people thead')).toContainText(w.heading);
    const counts = await evidenceByName(page, w.heading);
    expect(Object.entries(counts).find(([name]) => name.includes(names[0] ?? '-'))?.[1]).toBe('2');
    expect(Object.entries(counts).find(([name]) => name.includes(names[1] ?? '-'))?.[1]).toBe('1');
    await expectNoAxeViolations(page);
    // Counted, never kept: no evidence database, and no file's name anywhere in the site's storage.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).not.toContain('cio-skills-compass-evidence');
    expect(await page.evaluate(() => Object.values(localStorage).join('\n'))).not.toContain(secretName);
  });
}

const printed = {
  th: { options: 'ตัวเลือกการพิมพ์สรุป', total: /ไฟล์หลักฐาน\s+3 ไฟล์ จาก 2 คน/ },
  en: { options: 'Printed summary options', total: /Evidence files\s+3 files, from 2 people/ },
};

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: the printed summary gives the evidence files in all and each person's count, read back from the PDF`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const { folder, names } = evidenceFolder(true);
    await gotoApp(page, '#/organisation');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#org-folder').setInputFiles(folder);
    await expect(page.locator('.org-summary-line')).toHaveText(words[language].summary);
    await expect(page.getByText(printed[language].options)).toBeVisible();
    const { text } = await printToText(page);
    expect(text).toMatch(printed[language].total);
    // Each person is listed as overdue (the full summary), their count of evidence files last on their row.
    const rowOf = (name: string) => text.split('\n').find((line) => line.includes(name)) ?? '';
    expect(rowOf(names[0] ?? '-')).toMatch(/\s2\s*$/);
    expect(rowOf(names[1] ?? '-')).toMatch(/\s1\s*$/);
  });
}
