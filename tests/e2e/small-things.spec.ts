import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, gotoApp, openWithState, test, testMoment, type Page } from './fixtures';
import { eachLanguageOnce } from './where';

// Issue 12, item 13: the smaller things, in Thai and in English.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

// "Still to come" is counted from today: the page's clock is set to a known day.
test.use({ clockAt: testMoment });

function state(language: 'th' | 'en') {
  const copy = structuredClone(fixture);
  copy.state.language = language;
  return copy;
}

const words = {
  th: {
    clear: 'ล้างคะแนน DG100',
    undo: 'เลิกล้างคะแนน DG100',
    cleared: 'ล้างคะแนน DG100 แล้ว',
    moved: 'ยังไม่มี → มีบางส่วน',
    roundsHidden: 'เลือก DCIO ด้านบนเพื่อดู',
    added: /รายการที่ MCIO มีแต่ DCIO ไม่มี/,
    switchTo: 'English',
    save: 'บันทึก',
    position: /ตำแหน่ง/,
    appointed: /วันที่ได้รับการแต่งตั้ง/,
    future: 'วันที่แต่งตั้งยังมาไม่ถึง',
  },
  en: {
    clear: 'Clear the rating DG100',
    undo: 'Undo clearing the rating of DG100',
    cleared: 'Rating of DG100 cleared',
    moved: 'None → Some',
    roundsHidden: 'choose DCIO above to see it',
    added: /2 items of MCIO that DCIO does not have/,
    switchTo: 'ไทย',
    save: 'Save',
    position: /Position/,
    appointed: /Date of appointment/,
    future: 'This date is still to come',
  },
} as const;

/** The DCIO fixture with a first round a year earlier in which "implementation" was none (now some). */
function withEarlierRound(language: 'th' | 'en') {
  const copy = state(language);
  const assessment = copy.state.assessments.gapfixture1;
  const experience = { ...assessment.experience, implementation: { status: 'none' } };
  assessment.rounds = [{ number: 1, assessedOn: '2025-11-27', ratings: assessment.ratings, experience, closedAt: '2025-11-27T03:00:00.000Z' }];
  return copy;
}

async function openDetails(page: Page, language: 'th' | 'en') {
  await openWithState(page, state(language), '#/assessments/gapfixture1/details');
  await expect(page.locator('main h1')).toBeVisible();
}

// None of these is about layout: each runs once in each language, in Thai at a phone's width and in English at a
// desktop's (tests/e2e/where.ts).
for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: a day chosen alone survives a switch of language`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const w = words[language];
    await gotoApp(page, '#/assessments/new/dcio');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    const appointed = page.getByRole('group', { name: w.appointed });
    await appointed.getByRole('combobox').first().selectOption('5');
    await page.getByRole('button', { name: w.switchTo }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'th' ? 'en' : 'th');
    await expect(
      page
        .getByRole('group', { name: words[language === 'th' ? 'en' : 'th'].appointed })
        .getByRole('combobox')
        .first(),
    ).toHaveValue('5');
  });
}

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: an appointment date still to come is warned about, and saved`, async ({ page, today }) => {
    await page.setViewportSize({ width, height: 800 });
    const w = words[language];
    await openDetails(page, language);
    const appointed = page.getByRole('group', { name: w.appointed });
    await appointed.getByRole('combobox').first().selectOption('1');
    await appointed.getByRole('combobox').nth(1).selectOption('1');
    // 1 January next year, in the era the language writes years in.
    const next = Number(today.slice(0, 4)) + 1 + (language === 'th' ? 543 : 0);
    await expect(page.getByText(w.future)).toHaveCount(0);
    await appointed.getByRole('textbox').fill(String(next));
    await expect(page.getByRole('status').filter({ hasText: w.future })).toBeVisible();
    await page.getByRole('button', { name: w.save }).click();
    await expect(page).toHaveURL(/#\/assessments\/gapfixture1$/);
  });
}

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: after a field is emptied, one click on Save shows the error summary, and a valid form saves on one click`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const w = words[language];
    await openDetails(page, language);
    const position = page.getByRole('textbox', { name: w.position });
    await position.fill('');
    await page.getByRole('button', { name: w.save }).click();
    await expect(page.getByRole('alert')).toHaveCount(1);
    await expect(position).toBeFocused();
    await position.fill('อธิบดี');
    await page.getByRole('button', { name: w.save }).click();
    await expect(page).toHaveURL(/#\/assessments\/gapfixture1$/);
  });
}

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: rounds compare experience in words; read against another role, the rounds say why they are hidden and the added items are named`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const w = words[language];
    await openWithState(page, withEarlierRound(language), '#/assessments/gapfixture1/gaps');
    const rounds = page.locator('section[aria-labelledby="rounds-title"]');
    await expect(rounds.locator('[data-key="experience:implementation"]')).toContainText(w.moved);
    await expect(rounds).not.toContainText(/none|some/);
    await page.locator('#compare-profile').selectOption('mcio');
    await expect(rounds).toHaveCount(0);
    await expect(page.locator('[data-note="rounds-hidden"]')).toContainText(w.roundsHidden);
    const added = page.locator('.other-role__added');
    await added.locator('summary').click();
    await expect(added.locator('summary')).toContainText(w.added);
    await expect(added.locator('li')).toHaveText([/^DS400 \S/, /Human Resource/i]);
  });
}

for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: a cleared rating comes back with Undo, from the keyboard, as it was`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const w = words[language];
    await openWithState(page, state(language), '#/assessments/gapfixture1');
    const item = page.locator('[data-key="unit:DG100"]');
    await expect(item.locator('input[type=radio]:checked')).toHaveValue('3');
    await item.getByRole('button', { name: w.clear }).click();
    await expect(item.locator('input[type=radio]:checked')).toHaveCount(0);
    await expect(item.getByRole('status')).toContainText(w.cleared);
    await expect(item.getByRole('button', { name: w.undo })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(item.locator('input[type=radio]:checked')).toHaveValue('3');
    await expect(item.locator('input[type=radio]:checked')).toBeFocused();
    await expect(item.locator('select')).toHaveValue('4');
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state.assessments.gapfixture1.ratings['unit:DG100'],
    );
    expect(stored).toEqual({ level: 3, target: 4 });
    // The rated screen in each language (the whole-DCIO keyboard run checks it in Thai at 1280 px).
    await expectNoAxeViolations(page);
  });
}
