import { expect, expectNoAxeViolations, test } from './fixtures';
import { openFolder } from './organisation-files';
import { eachLanguageOnce } from './where';

const key = 'cio-skills-compass-organisation';
const viewKey = 'cio-skills-compass:organisation-view';
const words = {
  th: {
    what: 'ชื่อ ตำแหน่ง หน่วยงาน วันที่ (แต่งตั้ง ประเมิน) คะแนนทุกรายการ',
    size: /ถ้าเก็บตอนนี้ จะเก็บข้อมูลของ 59 คน \(62 การประเมิน\) ขนาดประมาณ [\d.]+ (กิโล|เมกะ)ไบต์ \(([\d,]+) ไบต์\)/,
    keptSize: /มีภาพรวมที่เก็บไว้ในเบราว์เซอร์นี้เมื่อ .+ ขนาดประมาณ [\d.]+ (กิโล|เมกะ)ไบต์ \(([\d,]+) ไบต์\)/,
    keep: 'เก็บภาพรวมไว้ในเบราว์เซอร์นี้',
    clear: 'ล้างภาพรวม',
    confirm: 'ล้าง',
    cancel: 'ไม่ล้าง',
    cleared: 'ล้างภาพรวมที่เก็บไว้แล้ว เลิกทำได้จนกว่าจะออกจากหน้านี้',
    undo: 'เลิกทำ',
    shown: 'แสดง 1–50 จาก 59 คน',
  },
  en: {
    what: 'names, positions, agencies, dates (appointed, assessed), every rating',
    size: /Keeping now stores the data of 59 people \(62 assessments\): about [\d.]+ (K|M)B \(([\d,]+) bytes\)/,
    keptSize: /A roll-up is kept in this browser, from .+: about [\d.]+ (K|M)B \(([\d,]+) bytes\)/,
    keep: 'Keep the roll-up in this browser',
    clear: 'Clear the roll-up',
    confirm: 'Clear',
    cancel: 'Do not clear',
    cleared: 'The kept roll-up is cleared. You can undo this until you leave the page.',
    undo: 'Undo',
    shown: 'Showing 1–50 of 59 people',
  },
};

// Behaviour, not layout: once in each language (tests/e2e/where.ts).
for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: "Keep" says what it stores and how much; clearing asks first and can be undone until the page is left`, async ({
    page,
  }) => {
    const w = words[language];
    await page.setViewportSize({ width, height: 900 });
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    const panel = page.locator('section[aria-labelledby="org-keep-title"]');
    await expect(panel).toContainText(w.what);
    // The size it states is the size of what it stores, as the browser holds it (two bytes a character).
    const before = Number(w.size.exec((await panel.getByText(w.size).textContent()) ?? '')?.[2]?.replaceAll(',', ''));
    await panel.getByRole('button', { name: w.keep }).click();
    // Beside the roll-up, the people table's view (filter, sort, columns) under its own key: counted too.
    const storedBytes = await page.evaluate(
      (names) =>
        names.reduce((sum, name) => sum + (localStorage.getItem(name) === null ? 0 : (name.length + (localStorage.getItem(name) ?? '').length) * 2), 0),
      [key, viewKey],
    );
    const kept = Number(w.keptSize.exec((await panel.getByText(w.keptSize).textContent()) ?? '')?.[2]?.replaceAll(',', ''));
    expect(kept).toBe(storedBytes);
    expect(Math.abs(before - storedBytes) / storedBytes).toBeLessThan(0.01);
    const storedText = await page.evaluate((name) => localStorage.getItem(name), key);

    // Clearing asks first: "do not clear" leaves it kept.
    await panel.getByRole('button', { name: w.clear }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.cancel }).click();
    expect(await page.evaluate((name) => localStorage.getItem(name), key)).toBe(storedText);
    await expect(page.getByText(w.shown)).toBeVisible();

    // Cleared, then undone: the same text is stored again and the roll-up is shown again.
    await panel.getByRole('button', { name: w.clear }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.confirm, exact: true }).click();
    await expect(panel.getByText(w.cleared)).toBeVisible();
    expect(await page.evaluate((name) => localStorage.getItem(name), key)).toBeNull();
    await expect(page.locator('.org-people')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: w.undo }).click();
    await expect(page.getByText(w.shown)).toBeVisible();
    expect(await page.evaluate((name) => localStorage.getItem(name), key)).toBe(storedText);
    await expect(panel.getByText(w.keptSize)).toBeVisible();

    // Cleared, then the page left: nothing can bring it back.
    await panel.getByRole('button', { name: w.clear }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.confirm, exact: true }).click();
    await expect(panel.getByText(w.cleared)).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('button', { name: /^(เลิกทำ|Undo)$/ })).toHaveCount(0);
    expect(await page.evaluate((name) => localStorage.getItem(name), key)).toBeNull();
  });
}
