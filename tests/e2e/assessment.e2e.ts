import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, gotoApp, setUpAppBrowser, type AppPage } from './harness';
import { expectedRecord, rateEverythingByKeyboard } from './keyboard-assessment';

const openApp = setUpAppBrowser();

const words = {
  th: { start: 'เริ่มประเมิน', position: 'ตำแหน่ง', agency: 'ส่วนราชการ', allRated: 'ประเมินครบทุกรายการแล้ว', appointedYear: '2567', dcio: /DCIO/ },
  en: { start: 'Start the assessment', position: 'Position', agency: 'Agency', allRated: 'Every item is rated.', appointedYear: '2024', dcio: /DCIO/ },
} as const;

interface StoredAssessment {
  id: string;
  profileId: string;
  appointee: Record<string, string>;
  ratings: Record<string, unknown>;
  experience: Record<string, unknown>;
}

async function storedAssessments(app: AppPage): Promise<Record<string, StoredAssessment>> {
  return app.page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state?.assessments ?? {});
}

/** Fills the start form with the keyboard alone: role by arrow keys, text by typing, dates by arrow keys and typing. */
async function startDcioAssessmentByKeyboard(app: AppPage, language: 'th' | 'en'): Promise<void> {
  const { page } = app;
  await gotoApp(app, '#/assessments/new');
  if (language === 'en') {
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
  }
  await page.locator('input[name="profileId"]').first().focus();
  await page.keyboard.press('ArrowDown'); // MCIO → DCIO
  await page.keyboard.press('Tab');
  await page.keyboard.type(language === 'th' ? 'สมหญิง ทดสอบ' : 'Somying Test');
  await page.keyboard.press('Tab');
  await page.keyboard.type(language === 'th' ? 'ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศ' : 'Director, IT Centre');
  await page.keyboard.press('Tab');
  await page.keyboard.type(language === 'th' ? 'กรมตัวอย่าง' : 'Department of Examples');
  await page.keyboard.press('Tab'); // appointment day
  await page.keyboard.press('ArrowDown', { delay: 0 });
  for (let i = 1; i < 29; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab'); // month
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab'); // year
  await page.keyboard.type(words[language].appointedYear);
  await page.keyboard.press('Tab'); // assessment day (today by default): leave it
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // submit
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-key]');
}

/** Starts an assessment through the form (mouse and typing), appointed on the given Buddhist Era date. */
async function startAssessment(app: AppPage, profileId: string, appointed: { day: string; month: string; year: string }): Promise<void> {
  const { page } = app;
  await gotoApp(app, `#/assessments/new/${profileId}`);
  await page.getByLabel('ตำแหน่ง').fill('ผู้อำนวยการ');
  await page.getByLabel('ส่วนราชการ').fill('กรมตัวอย่าง');
  const group = page.getByRole('group', { name: /วันที่ได้รับการแต่งตั้ง/ });
  await group.getByLabel('วัน').selectOption(appointed.day);
  await group.getByLabel('เดือน').selectOption(appointed.month);
  await group.getByLabel('ปี พ.ศ.').fill(appointed.year);
  await page.getByRole('button', { name: 'เริ่มประเมิน' }).click();
  await page.waitForSelector('[data-key]');
}

describe('the self-assessment', () => {
  for (const language of ['th', 'en'] as const) {
    it(`completes a whole DCIO assessment by keyboard only in ${language === 'th' ? 'Thai' : 'English'}, and a reload keeps every rating, note and date`, async () => {
      const app = await openApp();
      await startDcioAssessmentByKeyboard(app, language);
      const [assessmentId] = Object.keys(await storedAssessments(app));
      expect(app.page.url()).toContain(`#/assessments/${assessmentId}`);
      const stored = (await storedAssessments(app))[assessmentId ?? ''];
      expect(stored?.profileId).toBe('dcio');
      expect(stored?.appointee.appointedOn).toBe('2024-02-29');

      await app.page.locator('#item-search').focus();
      const plans = await rateEverythingByKeyboard(app.page, language);
      expect(plans.size).toBe(61);
      await expect.poll(() => app.page.getByRole('status').filter({ hasText: words[language].allRated }).count()).toBe(1);

      const before = (await storedAssessments(app))[assessmentId ?? ''];
      for (const [key, plan] of plans) {
        const record = key.startsWith('experience:') ? before?.experience[key.slice('experience:'.length)] : before?.ratings[key];
        expect(record, key).toEqual(expectedRecord(key, plan, language));
      }

      await app.page.reload();
      await app.page.waitForSelector('[data-key]');
      expect((await storedAssessments(app))[assessmentId ?? '']).toEqual(before);
      const checked = await app.page.$$eval('[data-key]', (items) =>
        items.map((item) => [(item as HTMLElement).dataset.key, item.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? null]),
      );
      for (const [key, value] of checked) {
        const plan = plans.get(key ?? '');
        expect(value, key ?? '').toBe(plan?.level !== undefined ? String(plan.level) : plan?.status);
      }
      const noteKey = [...plans].find(([, plan]) => plan.note)?.[0] ?? '';
      const noteBox = app.page.locator(`[data-key="${noteKey}"] textarea`);
      expect(await noteBox.inputValue()).toBe(plans.get(noteKey)?.note);
      await expectNoAxeViolations(app.page);
    });
  }

  it('shows its errors in the user\'s language and loses nothing already saved', async () => {
    const app = await openApp();
    await gotoApp(app, '#/assessments/new/mcio');
    await app.page.getByRole('button', { name: words.th.start }).click();
    await expect.poll(() => app.page.getByText('กรุณากรอกช่องนี้').count()).toBe(2);
    expect(await app.page.getByText('กรุณาเลือกวัน เดือน และกรอกปี').count()).toBe(1);
    await expectNoAxeViolations(app.page);
    const appointed = app.page.getByRole('group', { name: /วันที่ได้รับการแต่งตั้ง/ });
    await appointed.getByLabel('วัน').selectOption('31');
    await appointed.getByLabel('เดือน').selectOption('2');
    await appointed.getByLabel('ปี พ.ศ.').fill('2568');
    await app.page.getByRole('button', { name: words.th.start }).click();
    await expect.poll(() => app.page.getByText('วันที่ไม่ครบหรือไม่มีอยู่จริง', { exact: false }).count()).toBe(1);
    expect(await storedAssessments(app)).toEqual({});
  });

  it('keeps several assessments: rename, duplicate, switch and delete after confirming', async () => {
    const app = await openApp();
    const { page } = app;
    await startAssessment(app, 'cio-assistant', { day: '1', month: '10', year: '2568' });
    await page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio').nth(3).check();

    await page.getByRole('link', { name: 'แก้ไขรายละเอียด' }).click();
    await page.getByLabel('ชื่อ-นามสกุล').fill('สมศรี <script>alert(1)</script>');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await page.waitForSelector('[data-key]');
    expect(await page.locator('.facts').textContent()).toContain('สมศรี <script>alert(1)</script>');

    await page.getByRole('link', { name: 'การประเมินของฉัน' }).first().click();
    await page.getByRole('button', { name: /^เปลี่ยนชื่อ/ }).click();
    await page.getByLabel('ชื่อใหม่').fill('ผู้ช่วย CIO ปี 2569');
    await page.getByRole('button', { name: 'บันทึกชื่อ' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /ผู้ช่วย CIO ปี 2569/ }).count()).toBe(1);

    await page.getByRole('button', { name: /^ทำสำเนา/ }).click();
    await page.waitForSelector('[data-key]');
    expect(await page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio', { checked: true }).getAttribute('value')).toBe('3');
    await page.getByRole('link', { name: 'การประเมินของฉัน' }).first().click();
    await expect.poll(() => page.locator('.assessment-card').count()).toBe(2);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /^ลบ สำเนาของ/ }).click();
    const dialog = page.getByRole('dialog', { name: 'ลบการประเมินนี้?' });
    expect(await dialog.isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    expect(await page.locator('.assessment-card').count()).toBe(2);
    await page.getByRole('button', { name: /^ลบ สำเนาของ/ }).click();
    await dialog.getByRole('button', { name: 'ลบถาวร' }).click();
    await expect.poll(() => page.locator('.assessment-card').count()).toBe(1);
    expect(Object.values(await storedAssessments(app)).map((a) => (a as unknown as { title: string }).title)).toEqual(['ผู้ช่วย CIO ปี 2569']);
  });

  it('filters, searches and jumps to the next unrated item; a reload comes back to the same scroll position', async () => {
    const app = await openApp();
    const { page } = app;
    await startAssessment(app, 'dcio', { day: '1', month: '1', year: '2568' });

    await page.getByLabel('มีเครื่องหมาย *').check();
    expect(await page.locator('[data-key]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.key))).toEqual([
      'experience:enterprise-architecture',
      'experience:it-systems-management',
    ]);
    await page.getByLabel('ทั้งหมด', { exact: true }).check();
    await page.getByLabel('ค้นหารหัสหรือชื่อรายการ').fill('spm304');
    expect(await page.locator('[data-key]').count()).toBe(4);
    await page.getByLabel('ค้นหารหัสหรือชื่อรายการ').fill('Strategic Orientation');
    expect(await page.locator('[data-key]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.key))).toEqual(['behavioural:strategic-orientation']);
    await page.getByLabel('ค้นหารหัสหรือชื่อรายการ').fill('');

    await page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'ไปยังรายการที่ยังไม่ประเมิน' }).click();
    expect(await page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key)).toBe('unit:DG200');

    await page.evaluate(() => window.scrollTo({ top: 2400 }));
    await page.waitForTimeout(200);
    await page.reload();
    await page.waitForSelector('[data-key]');
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(2400);
  });

  it('fits a 320 px screen with no horizontal scrolling, and shows the starred deadlines', async () => {
    const app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 320, height: 800 });
    await startAssessment(app, 'dcio', { day: '29', month: '2', year: '2567' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const deadline = await page.locator('[data-key="experience:enterprise-architecture"] .deadline').textContent();
    expect(deadline).toContain('28 กุมภาพันธ์ 2569');
    await expectNoAxeViolations(page);
  });
});
