import { expect, test, type Page } from './fixtures';
import { openFolder } from './organisation-files';
import { eachLanguageOnce } from './where';

const words = {
  th: {
    status: 'สถานะกำหนด 2 ปี',
    search: 'ค้นหาในตารางรายชื่อ: ชื่อ ตำแหน่ง หรือหน่วยงาน',
    sort: 'เรียงตามหน่วยงาน',
    agency: 'หน่วยงาน',
    position: 'ตำแหน่ง',
    columns: 'เลือกคอลัมน์',
    keep: 'เก็บภาพรวมไว้ในเบราว์เซอร์นี้',
    kept: 'เก็บภาพรวมไว้แล้ว แยกจากการประเมินของคุณเอง',
    matched: /^ตรงกับตัวกรอง \d+ จาก 59 คน/,
  },
  en: {
    status: 'Two-year deadline status',
    search: 'Search the people table: name, position or agency',
    sort: 'Sort by Agency',
    agency: 'Agency',
    position: 'Position',
    columns: 'Choose columns',
    keep: 'Keep the roll-up in this browser',
    kept: 'The roll-up is kept, apart from your own assessments.',
    matched: /^\d+ of 59 people match/,
  },
};

/** What the people table shows: its filter, search, sorted column and columns, and how many match. */
async function tableView(page: Page, w: (typeof words)['th']) {
  const people = page.locator('section[aria-labelledby="org-people-title"]');
  return {
    status: await page.getByLabel(w.status, { exact: true }).inputValue(),
    search: await page.getByLabel(w.search, { exact: true }).inputValue(),
    sorted: ((await people.locator('th[aria-sort]').textContent()) ?? '').trim(),
    direction: await people.locator('th[aria-sort]').getAttribute('aria-sort'),
    position: await people.getByRole('columnheader', { name: w.position, exact: true }).count(),
    matched: (await page.getByText(w.matched).textContent()) ?? '',
  };
}

// Behaviour, not layout: once in each language (tests/e2e/where.ts).
for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: a kept roll-up opens again with the people table's filter, search, sort and columns as they were kept`, async ({
    page,
  }) => {
    const w = words[language];
    await page.setViewportSize({ width, height: 900 });
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    const people = page.locator('section[aria-labelledby="org-people-title"]');
    await page.getByLabel(w.status, { exact: true }).selectOption('overdue');
    await page.getByLabel(w.search, { exact: true }).fill('กรม');
    await people.getByRole('button', { name: w.sort }).click();
    await expect(people.locator('th[aria-sort]')).toContainText(w.agency);
    await people.getByText(w.columns).click();
    await people.getByRole('checkbox', { name: w.position }).check();
    await expect(people.getByRole('columnheader', { name: w.position, exact: true })).toHaveCount(1);
    await expect(page.getByText(w.matched)).toBeVisible();
    const before = await tableView(page, w);
    expect(before).toMatchObject({ status: 'overdue', search: 'กรม', position: 1 });

    await page.getByRole('button', { name: w.keep }).click();
    await expect(page.getByText(w.kept)).toBeVisible();
    await page.reload();
    await expect(page.locator('.org-people tbody tr').first()).toBeVisible();
    await expect(page.getByText(w.matched)).toBeVisible();
    expect(await tableView(page, w)).toEqual(before);
  });
}
