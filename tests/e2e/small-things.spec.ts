import { readFileSync } from 'node:fs';
import { expect, gotoApp, openWithState, test, type Page } from './fixtures';

// Issue 12, item 13: the smaller things, at a phone's and a desktop's width, in Thai and in English.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

function state(language: 'th' | 'en') {
  const copy = structuredClone(fixture);
  copy.state.language = language;
  return copy;
}

const words = {
  th: { switchTo: 'English', save: 'บันทึก', position: /ตำแหน่ง/, appointed: /วันที่ได้รับการแต่งตั้ง/, future: 'วันที่แต่งตั้งยังมาไม่ถึง' },
  en: { switchTo: 'ไทย', save: 'Save', position: /Position/, appointed: /Date of appointment/, future: 'This date is still to come' },
} as const;

async function openDetails(page: Page, language: 'th' | 'en') {
  await openWithState(page, state(language), '#/assessments/gapfixture1/details');
  await expect(page.locator('main h1')).toBeVisible();
}

for (const width of [375, 1280] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const language of ['th', 'en'] as const) {
      const w = words[language];

      test(`${language}: a day chosen alone survives a switch of language`, async ({ page }) => {
        await gotoApp(page, '#/assessments/new/dcio');
        if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
        const appointed = page.getByRole('group', { name: w.appointed });
        await appointed.getByRole('combobox').first().selectOption('5');
        await page.getByRole('button', { name: w.switchTo }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', language === 'th' ? 'en' : 'th');
        await expect(page.getByRole('group', { name: words[language === 'th' ? 'en' : 'th'].appointed }).getByRole('combobox').first()).toHaveValue('5');
      });

      test(`${language}: an appointment date still to come is warned about, and saved`, async ({ page }) => {
        await openDetails(page, language);
        const appointed = page.getByRole('group', { name: w.appointed });
        await appointed.getByRole('combobox').first().selectOption('1');
        await appointed.getByRole('combobox').nth(1).selectOption('1');
        const next = new Date().getFullYear() + 1 + (language === 'th' ? 543 : 0);
        await expect(page.getByText(w.future)).toHaveCount(0);
        await appointed.getByRole('textbox').fill(String(next));
        await expect(page.getByRole('status').filter({ hasText: w.future })).toBeVisible();
        await page.getByRole('button', { name: w.save }).click();
        await expect(page).toHaveURL(/#\/assessments\/gapfixture1$/);
      });

      test(`${language}: after a field is emptied, one click on Save shows the error summary, and a valid form saves on one click`, async ({ page }) => {
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
  });
}
