import { nameWithoutTitle } from '../../src/domain/organisation/organisation-names';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { openFolder } from './organisation-files';
import { eachLanguageOnce } from './where';

const words = {
  th: {
    summary: (people: number) => `อ่าน 63 ไฟล์: ${people} คน จาก 62 การประเมิน ไฟล์มีปัญหา 3 ไฟล์`,
    figuresHint: 'ทุกตัวเลขนับเป็นคน คนละหนึ่งครั้ง จากการประเมินล่าสุดของแต่ละคน',
    rule: 'ชื่อตรงกันหลังตัดคำนำหน้าชื่อออก',
    matched: 'ผู้ที่มีมากกว่าหนึ่งการประเมิน (3)',
    separate: /^แยกการประเมิน .+ ของ นายกานดา ใจดี ออกเป็นอีกคน$/,
    corrections: 'การแก้ไขการจับคู่ของคุณ (1)',
    undo: /^ยกเลิกการแก้ไขนี้/,
    joinTitle: 'รวมสองคนที่จับคู่ตกหล่น',
    first: 'คนที่หนึ่ง',
    second: 'คนที่สอง',
    searchFirst: 'ค้นหาชื่อคนที่หนึ่งที่จะรวม',
    searchSecond: 'ค้นหาชื่อคนที่สองที่จะรวม',
    join: 'รวมเป็นคนเดียวกัน',
    earlier: 'การประเมินก่อนหน้า 1 ครั้ง',
    nameSort: /^ชื่อ:/,
  },
  en: {
    summary: (people: number) => `Read 63 files: ${people} people from 62 assessments; 3 files with a problem`,
    figuresHint: 'Every figure counts people, each once, from their latest assessment.',
    rule: 'their names match once the titles are taken off',
    matched: 'People with more than one assessment (3)',
    separate: /^Separate นายกานดา ใจดี's assessment of .+ as another person$/,
    corrections: 'Your corrections of the matching (1)',
    undo: /^Undo this correction/,
    joinTitle: 'Join two people the rule missed',
    first: 'First person',
    second: 'Second person',
    searchFirst: 'Search the name of the first person to join',
    searchSecond: 'Search the name of the second person to join',
    join: 'Join as one person',
    earlier: '1 earlier assessment',
    nameSort: /^Name:/,
  },
};

// Behaviour, not layout: once in each language (tests/e2e/where.ts).
for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: one row per person, the matching rule on screen, a wrong match separated and a missed one joined, names sorted without titles`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    // 62 assessments from 59 people: three files also hold the person's assessment of the year before (one of them
    // in another role, one under another title).
    const summary = page.locator('.org-summary-line');
    await expect(summary).toHaveText(w.summary(59));
    await expect(page.locator('.org-figures dd').first()).toHaveText('59');
    await expect(page.locator('section[aria-labelledby="org-figures-title"]').getByText(w.figuresHint)).toBeVisible();
    const matching = page.locator('section[aria-labelledby="org-match-title"]');
    await expect(matching).toContainText(w.rule);
    await matching.getByText(w.matched).click();
    await expect(page.locator('.org-people').getByText(w.earlier).first()).toBeAttached();

    // A wrong match taken apart, then put back.
    await matching.getByRole('button', { name: w.separate }).last().click();
    await expect(summary).toHaveText(w.summary(60));
    await expect(matching.getByText(w.corrections)).toBeVisible();
    await matching.getByRole('button', { name: w.undo }).click();
    await expect(summary).toHaveText(w.summary(59));

    // Two people joined by hand.
    await matching.getByText(w.joinTitle).click();
    const first = matching.getByRole('group', { name: w.first });
    await first.getByRole('searchbox', { name: w.searchFirst }).fill('วิชัย ใจดี');
    await first.getByRole('radio').first().check();
    const second = matching.getByRole('group', { name: w.second });
    await second.getByRole('searchbox', { name: w.searchSecond }).fill('มาลี ใจดี');
    await second.getByRole('radio').first().check();
    await matching.getByRole('button', { name: w.join, exact: true }).click();
    await expect(summary).toHaveText(w.summary(58));
    await expect(page.locator('.org-figures dd').first()).toHaveText('58');
    await expectNoAxeViolations(page);

    // Names sort by the name, not by the title before it.
    await page.locator('.org-people').getByRole('button', { name: w.nameSort }).click();
    await expect(page.locator('.org-people th[aria-sort="ascending"]')).toBeVisible();
    const names = (await page.locator('.org-people tbody .org-name').allTextContents()).map(nameWithoutTitle);
    expect(names).toEqual([...names].sort(new Intl.Collator(language).compare));
  });
}

test('en: names sort in English order as soon as the language is switched, before anything else changes the roll-up', async ({ page }) => {
  await openFolder(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.org-summary-line')).toHaveText(words.en.summary(59));
  await page.locator('.org-people').getByRole('button', { name: words.en.nameSort }).click();
  await expect(page.locator('.org-people th[aria-sort="ascending"]')).toBeVisible();
  const names = (await page.locator('.org-people tbody .org-name').allTextContents()).map(nameWithoutTitle);
  expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
});
