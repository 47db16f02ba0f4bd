import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, openWithState, test, testMoment } from './fixtures';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const exampleCsv = new URL('../../docs/catalogue-example.csv', import.meta.url).pathname;
const inEnglish = { ...fixture, state: { ...fixture.state, language: 'en' } };

// The suggested action's dates come from the day.
test.use({ clockAt: testMoment });

test.describe("the agency's catalogue of development resources", () => {
  test('loads a CSV with Thai headers, suggests its resources on the plan, and adds one as an action in one click (Thai)', async ({ page }) => {
    await openWithState(page, fixture, '#/assessments/gapfixture1/plan');
    const suggestions = page.locator('section', { has: page.getByRole('heading', { name: 'แหล่งพัฒนาที่แนะนำจากบัญชีของหน่วยงาน' }) });
    await suggestions.getByRole('link', { name: 'เลือกไฟล์บัญชีแหล่งพัฒนา' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'บัญชีแหล่งพัฒนาของหน่วยงาน' })).toBeVisible();
    await page.getByLabel('เลือกไฟล์บัญชีแหล่งพัฒนา (.json หรือ .csv)').setInputFiles(exampleCsv);
    await expect(page.getByRole('status').filter({ hasText: 'อ่านไฟล์ catalogue-example.csv แล้ว ใช้ได้ 5 รายการ' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'แหล่งพัฒนาในบัญชี' }).getByRole('row')).toHaveCount(6);
    await expectNoAxeViolations(page);

    await page.goto('#/assessments/gapfixture1/plan');
    const forK1 = suggestions.locator('li', { has: page.getByRole('heading', { name: /^K1 / }) });
    await expect(forK1.getByRole('link', { name: 'ตัวอย่าง: ธรรมาภิบาลข้อมูลภาครัฐ' })).toHaveAttribute('href', 'https://example.org/courses/ex-dg-101');
    await expectNoAxeViolations(page);
    await forK1.getByRole('button', { name: 'เพิ่ม “ตัวอย่าง: ธรรมาภิบาลข้อมูลภาครัฐ” เข้าแผนสำหรับ K1' }).click();
    await expect(forK1.getByText('อยู่ในแผนแล้ว')).toBeVisible();
    const card = page.locator('.action-card', { hasText: 'ตัวอย่าง: ธรรมาภิบาลข้อมูลภาครัฐ' });
    await expect(card).toContainText('หลักสูตรอบรม');
    await expect(card).toContainText('18 ชั่วโมง');
    await expect(card.getByRole('link', { name: 'เปิดลิงก์' })).toHaveAttribute('href', 'https://example.org/courses/ex-dg-101');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state.assessments.gapfixture1.actions);
    expect(saved).toMatchObject([
      {
        kind: 'course',
        hours: 18,
        link: 'https://example.org/courses/ex-dg-101',
        resourceId: 'EX-DG-101',
        serves: ['knowledge:policy-strategy-linkage', 'unit:DG100'],
        status: 'planned',
      },
    ]);

    // Kept in the browser until replaced: still there after a reload.
    await page.reload();
    await expect(suggestions).toContainText('จากบัญชี catalogue-example.csv (5 รายการ)');
  });

  test('lists each refused row with its reasons, keeps the rest, and removes the catalogue on request (English)', async ({ page }) => {
    const file = {
      format: 'cio-skills-compass-resource-catalogue',
      schemaVersion: 1,
      agency: 'Example Department',
      resources: [
        {
          id: 'OK-1',
          title: { th: 'ตัวอย่าง', en: 'Example course' },
          provider: 'Institute',
          kind: 'course',
          hours: 6,
          costBaht: 1200,
          serves: ['DCIO K3'],
          level: 2,
        },
        {
          id: 'BAD-1',
          title: { th: 'ผิด', en: 'Wrong' },
          provider: 'Institute',
          kind: 'webinar',
          hours: 6,
          costBaht: 0,
          link: 'javascript:alert(1)',
          serves: ['DCIO K99'],
          level: 2,
        },
      ],
    };
    await openWithState(page, inEnglish, '#/catalogue');
    await page
      .getByLabel('Choose a catalogue file (.json or .csv)')
      .setInputFiles({ name: 'agency.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByText('Read agency.json: 1 resource taken')).toBeVisible();
    const refused = page.locator('.catalogue__refused li');
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText('Resource 2 (BAD-1)');
    await expect(refused).toContainText('kind: must be one of course, e-learning, on-the-job, mentoring, reading');
    await expect(refused).toContainText('link: must be a web address starting with http:// or https://');
    await expect(refused).toContainText('no role profile has the item "DCIO K99"');
    await expect(page.getByText('Agency: Example Department')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Remove the catalogue' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove the catalogue' }).click();
    await expect(page.getByText('No catalogue of development resources in this browser yet.')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('cio-skills-compass-catalogue'))).toBeNull();
  });
});
