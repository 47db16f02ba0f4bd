import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRollupBackups } from '../../scripts/rollup-backups.mjs';
import { expect, test, type Page } from './fixtures';
import { openFolder } from './organisation-files';
import { everyWidthAndLanguage } from './where';

/** A late file of a new person, and a broken one, each on its own. */
function lateFiles(): { person: string; broken: string } {
  const root = mkdtempSync(join(tmpdir(), 'cio-org-place-'));
  const [late] = makeRollupBackups(1, { first: 200, duplicates: false, otherYears: false });
  const person = join(root, 'late.json');
  writeFileSync(person, late?.text ?? '');
  const broken = join(root, 'broken.json');
  // Unlike the broken files of the folder (the same text would be the same file).
  writeFileSync(broken, '{ "format": "cio-skills-compass-backup", "late": ');
  return { person, broken };
}

const words = {
  th: {
    added: 'เพิ่ม 1 ไฟล์แล้ว ภาพรวมมี 60 คน',
    again: 'เพิ่ม 0 ไฟล์แล้ว ภาพรวมมี 60 คน ไฟล์ที่ซ้ำกับไฟล์ที่อ่านแล้ว 1 ไฟล์ ไม่นับซ้ำ',
    refused: 'เพิ่ม 1 ไฟล์แล้ว ภาพรวมมี 60 คน ไฟล์มีปัญหา 1 ไฟล์ ดูรายการในสรุปไฟล์',
  },
  en: {
    added: 'Added 1 file: the roll-up has 60 people.',
    again: 'Added 0 files: the roll-up has 60 people. 1 file was the same as one already read; not counted twice.',
    refused: 'Added 1 file: the roll-up has 60 people. 1 file has a problem: see the file summary.',
  },
};

/** Where the user is: the element with the focus, and how far the page is scrolled. */
const place = (page: Page) => page.evaluate(() => ({ focused: document.activeElement?.id ?? '', y: Math.round(window.scrollY) }));

for (const [width, language] of everyWidthAndLanguage) {
  test(`${language} at ${width} px: files added leave the user where they were and say what they came to, unless one is refused`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const w = words[language];
    const { person, broken } = lateFiles();
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    const add = page.locator('#org-files');
    // The user is at the field, scrolled a little past the top.
    await add.focus();
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#org-files')?.getBoundingClientRect().top ?? 0));
    await page.waitForTimeout(0);
    const before = await place(page);
    expect(before.focused).toBe('org-files');

    await add.setInputFiles(person);
    const status = page.locator('section[aria-labelledby="org-open-title"] [role="status"]');
    await expect(status).toHaveText(w.added);
    expect(await place(page)).toEqual(before);

    // The very same file again: said, not counted, and the user stays.
    await add.setInputFiles(person);
    await expect(status).toHaveText(w.again);
    expect(await place(page)).toEqual(before);

    // A refused file needs the user's attention: the file summary takes the focus.
    await add.setInputFiles(broken);
    await expect(status).toHaveText(w.refused);
    await expect(page.locator('#org-files-title')).toBeFocused();
  });
}
