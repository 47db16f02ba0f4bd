import { expect, test } from './fixtures';
import { openFolder } from './organisation-files';
import { eachLanguageOnce } from './where';

// The HR user trial of the organisation view (issue 25's follow-up): what a new HR user was misled by.

const words = {
  th: {
    people: 'ค้นหาในตารางรายชื่อ: ชื่อ ตำแหน่ง หรือหน่วยงาน',
    joinFirst: 'ค้นหาชื่อคนที่หนึ่งที่จะรวม',
    joinSecond: 'ค้นหาชื่อคนที่สองที่จะรวม',
    remove: 'ค้นหาคนหรือไฟล์ที่จะนำออกจากภาพรวม (ชื่อคนหรือชื่อไฟล์)',
  },
  en: {
    people: 'Search the people table: name, position or agency',
    joinFirst: 'Search the name of the first person to join',
    joinSecond: 'Search the name of the second person to join',
    remove: 'Search the person or file to remove from the roll-up (name or file name)',
  },
};

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: each search box of the organisation screen has a name of its own, saying what it searches`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    // Every part of the screen open, as a screen reader's list of form fields would list them all.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    const w = words[language];
    await expect(page.getByRole('searchbox', { name: w.joinSecond, exact: true })).toBeVisible();
    const snapshot = await page.locator('body').ariaSnapshot();
    const names = [...snapshot.matchAll(/searchbox "([^"]*)"/g)].map((match) => match[1]);
    expect(names.sort()).toEqual([w.people, w.joinFirst, w.joinSecond, w.remove].sort());
    expect(new Set(names).size).toBe(names.length);
  });
}
