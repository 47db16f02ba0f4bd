import { expect, gotoApp, type Page } from './fixtures';
import { backupOf, gapAssessment } from './hostile-files';

// The organisation and catalogue the training needs' and the budget planner's browser tests share.

/**
 * Three DCIOs from the gap fixture: DG500 at 1, 2 and 3 (target 3), DS300 at 0 and DS200 at 1 for all three.
 * Catalogue: R-DG5 brings DG500 to 3 (12 h, 3,000 baht), R-DS3 brings DS300 to 2 (6 h, free), R-DS2 reaches only
 * DS200's level 1, where they already stand.
 */
const person = (id: string, name: string, agency: string, dg500: number) => ({
  ...gapAssessment,
  id,
  appointee: { ...gapAssessment.appointee, name, agency },
  ratings: { ...gapAssessment.ratings, 'unit:DG500': { level: dg500 } },
});
export const files = [
  person('needs-a', 'นายเอก ทดสอบ', 'กรม ก', 1),
  person('needs-b', 'นางบี ทดสอบ', 'กรม ข', 2),
  person('needs-c', 'นายซี ทดสอบ', 'กรม ข', 3),
].map((assessment) => ({
  name: `${assessment.id}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(backupOf([assessment])),
}));
const resource = (id: string, serves: string, level: number, hours: number, costBaht: number, th: string, en: string) => ({
  id,
  title: { th, en },
  provider: 'สถาบันตัวอย่าง',
  kind: 'course',
  hours,
  costBaht,
  serves: [serves],
  level,
});
const catalogue = {
  format: 'cio-skills-compass-resource-catalogue',
  schemaVersion: 1,
  fileName: 'agency.json',
  loadedAt: '2026-11-27T09:00:00.000Z',
  resources: [
    resource('R-DG5', 'unit:DG500', 3, 12, 3000, 'ตัวอย่าง: สถาปัตยกรรมองค์กร', 'Example: enterprise architecture'),
    resource('R-DS3', 'unit:DS300', 2, 6, 0, 'ตัวอย่าง: ออกแบบบริการ', 'Example: service design'),
    resource('R-DS2', 'unit:DS200', 1, 3, 500, 'ตัวอย่าง: พื้นฐาน', 'Example: basics'),
  ],
};

/** `more` resources after the three above, each bringing DS300 to 2 for all three people: enough rows to page through. */
export function moreResources(more: number) {
  return Array.from({ length: more }, (_, index) =>
    resource(`R-X${String(index + 1).padStart(2, '0')}`, 'unit:DS300', 2, 3, 100 * (index + 1), `ตัวอย่างเพิ่ม ${index + 1}`, `More ${index + 1}`),
  );
}

export async function openWithCatalogue(page: Page, language: 'th' | 'en', extra: ReturnType<typeof moreResources> = []) {
  await gotoApp(page, '#/organisation');
  const kept = { ...catalogue, resources: [...catalogue.resources, ...extra] };
  await page.evaluate((text) => localStorage.setItem('cio-skills-compass-catalogue', text), JSON.stringify(kept));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  if (language === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
  }
  await page.locator('#org-files').setInputFiles(files);
}
