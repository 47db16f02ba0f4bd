import { expect, expectNoAxeViolations, gotoApp, test, testMoment, type Page } from './fixtures';
import { expectedRecord, rateEverythingByKeyboard } from './keyboard-assessment';

// The rating screen shows each starred item's deadline and the days left, and the form dates the assessment today:
// the page's clock is set to a known day.
test.use({ clockAt: testMoment });

const words = { start: 'เริ่มประเมิน', allRated: 'ประเมินครบทุกรายการแล้ว' } as const;

interface StoredAssessment {
  id: string;
  profileId: string;
  appointee: Record<string, string>;
  ratings: Record<string, unknown>;
  experience: Record<string, unknown>;
}

async function storedAssessments(page: Page): Promise<Record<string, StoredAssessment>> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state?.assessments ?? {});
}

/** Fills the start form with the keyboard alone: role by arrow keys, text by typing, dates by arrow keys and typing. */
async function startDcioAssessmentByKeyboard(page: Page): Promise<void> {
  const focused = page.locator(':focus');
  await gotoApp(page, '#/assessments/new');
  await page.locator('input[name="profileId"]').first().focus();
  await page.keyboard.press('ArrowDown'); // MCIO → DCIO
  await expect(focused).toHaveValue('dcio');
  await page.keyboard.press('Tab');
  await page.keyboard.type('สมหญิง ทดสอบ');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศ');
  await page.keyboard.press('Tab');
  await page.keyboard.type('กรมตัวอย่าง');
  await expect(focused).toHaveValue('กรมตัวอย่าง');
  await page.keyboard.press('Tab'); // appointment day
  for (let i = 0; i < 29; i++) await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveValue('29');
  await page.keyboard.press('Tab'); // month
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveValue('2');
  await page.keyboard.press('Tab'); // year
  await page.keyboard.type('2567');
  await expect(focused).toHaveValue('2567');
  await page.keyboard.press('Tab'); // assessment day (today by default): leave it
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // submit
  await expect(focused).toHaveText(words.start);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-key]').first()).toBeVisible();
}

/** Starts an assessment through the form (mouse and typing), appointed on the given Buddhist Era date. */
async function startAssessment(page: Page, profileId: string, appointed: { day: string; month: string; year: string }): Promise<void> {
  await gotoApp(page, `#/assessments/new/${profileId}`);
  await page.getByLabel('ตำแหน่ง').fill('ผู้อำนวยการ');
  await page.getByLabel('ส่วนราชการ').fill('กรมตัวอย่าง');
  const group = page.getByRole('group', { name: /วันที่ได้รับการแต่งตั้ง/ });
  await group.getByLabel('วัน').selectOption(appointed.day);
  await group.getByLabel('เดือน').selectOption(appointed.month);
  await group.getByLabel('ปี พ.ศ.').fill(appointed.year);
  await page.getByRole('button', { name: 'เริ่มประเมิน' }).click();
  await expect(page.locator('[data-key]').first()).toBeVisible();
}

test.describe('the self-assessment', () => {
  // In Thai only: the English words on the same screens are the same components (the English start form, its
  // Common Era years and the rating screen in English are in small-things.spec.ts and date-field.test.tsx).
  test('completes a whole DCIO assessment by keyboard only, and a reload keeps every rating, note and date', async ({ page }) => {
    const language = 'th';
    // Long by nature: several hundred key presses, each checked on the screen. The bound follows the work
    // (61 items; each step has its own wait on the screen, so this only bounds the sum), not this machine's speed.
    test.setTimeout(61 * 15_000);
    await startDcioAssessmentByKeyboard(page);
    const [assessmentId] = Object.keys(await storedAssessments(page));
    await expect(page).toHaveURL(new RegExp(`#/assessments/${assessmentId}`));
    const stored = (await storedAssessments(page))[assessmentId ?? ''];
    expect(stored?.profileId).toBe('dcio');
    expect(stored?.appointee.appointedOn).toBe('2024-02-29');

    await page.locator('#item-search').focus();
    const plans = await rateEverythingByKeyboard(page, language);
    expect(plans.size).toBe(61);
    await expect(page.getByRole('status').filter({ hasText: words.allRated })).toHaveCount(1);

    const before = (await storedAssessments(page))[assessmentId ?? ''];
    for (const [key, plan] of plans) {
      const record = key.startsWith('experience:') ? before?.experience[key.slice('experience:'.length)] : before?.ratings[key];
      expect(record, key).toEqual(expectedRecord(key, plan, language));
    }

    await page.reload();
    await expect(page.locator('[data-key]').first()).toBeVisible();
    expect((await storedAssessments(page))[assessmentId ?? '']).toEqual(before);
    const checked = await page
      .locator('[data-key]')
      .evaluateAll((items) =>
        items.map((item) => [(item as HTMLElement).dataset.key, item.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? null]),
      );
    for (const [key, value] of checked) {
      const plan = plans.get(key ?? '');
      expect(value, key ?? '').toBe(plan?.level !== undefined ? String(plan.level) : plan?.status);
    }
    const noteKey = [...plans].find(([, plan]) => plan.note)?.[0] ?? '';
    await expect(page.locator(`[data-key="${noteKey}"] textarea`)).toHaveValue(plans.get(noteKey)?.note ?? '');
    await expectNoAxeViolations(page);
  });

  test("shows its errors in the user's language and loses nothing already saved", async ({ page }) => {
    await gotoApp(page, '#/assessments/new/mcio');
    await page.getByRole('button', { name: words.start }).click();
    await expect(page.getByText('กรุณากรอกช่องนี้')).toHaveCount(2);
    await expect(page.getByText('กรุณาเลือกวัน เดือน และกรอกปี')).toHaveCount(1);
    await expectNoAxeViolations(page);
    const appointed = page.getByRole('group', { name: /วันที่ได้รับการแต่งตั้ง/ });
    await appointed.getByLabel('วัน').selectOption('31');
    await appointed.getByLabel('เดือน').selectOption('2');
    await appointed.getByLabel('ปี พ.ศ.').fill('2568');
    await page.getByRole('button', { name: words.start }).click();
    await expect(page.getByText('วันที่ไม่ครบหรือไม่มีอยู่จริง', { exact: false })).toHaveCount(1);
    expect(await storedAssessments(page)).toEqual({});
  });

  test('keeps several assessments: rename, duplicate, switch and delete after confirming', async ({ page }) => {
    await startAssessment(page, 'cio-assistant', { day: '1', month: '10', year: '2568' });
    await page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio').nth(3).check();

    await page.getByRole('link', { name: 'แก้ไขรายละเอียด' }).click();
    await page.getByLabel('ชื่อ-นามสกุล').fill('สมศรี <script>alert(1)</script>');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(page.locator('.facts')).toContainText('สมศรี <script>alert(1)</script>');

    await page.getByRole('link', { name: 'การประเมินของฉัน' }).first().click();
    await page.getByRole('button', { name: /^เปลี่ยนชื่อ/ }).click();
    await page.getByLabel('ชื่อใหม่').fill('ผู้ช่วย CIO ปี 2569');
    await page.getByRole('button', { name: 'บันทึกชื่อ' }).click();
    await expect(page.getByRole('heading', { name: /ผู้ช่วย CIO ปี 2569/ })).toHaveCount(1);

    await page.getByRole('button', { name: /^ทำสำเนา/ }).click();
    await expect(page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio', { checked: true })).toHaveAttribute('value', '3');
    await page.getByRole('link', { name: 'การประเมินของฉัน' }).first().click();
    await expect(page.locator('.assessment-card')).toHaveCount(2);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /^ลบ สำเนาของ/ }).click();
    const dialog = page.getByRole('dialog', { name: 'ลบการประเมินนี้?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('.assessment-card')).toHaveCount(2);
    await page.getByRole('button', { name: /^ลบ สำเนาของ/ }).click();
    await dialog.getByRole('button', { name: 'ลบถาวร' }).click();
    await expect(page.locator('.assessment-card')).toHaveCount(1);
    expect(Object.values(await storedAssessments(page)).map((a) => (a as unknown as { title: string }).title)).toEqual(['ผู้ช่วย CIO ปี 2569']);
  });

  test('filters, searches and jumps to the next unrated item; a reload comes back to the same scroll position', async ({ page }) => {
    await startAssessment(page, 'dcio', { day: '1', month: '1', year: '2568' });

    await page.getByLabel('มีเครื่องหมาย *').check();
    await expect(page.locator('[data-key]')).toHaveCount(2);
    expect(await page.locator('[data-key]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.key))).toEqual([
      'experience:enterprise-architecture',
      'experience:it-systems-management',
    ]);
    await page.getByLabel('ทั้งหมด', { exact: true }).check();
    await page.getByLabel('ค้นหารหัสหรือชื่อรายการ').fill('spm304');
    await expect(page.locator('[data-key]')).toHaveCount(4);
    await page.getByLabel('ค้นหารหัสหรือชื่อรายการ').fill('Strategic Orientation');
    await expect(page.locator('[data-key]')).toHaveAttribute('data-key', 'behavioural:strategic-orientation');
    await page.getByLabel('ค้นหารหัสหรือชื่อรายการ').fill('');

    await page.getByRole('radiogroup', { name: /DG100/ }).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'ไปยังรายการที่ยังไม่ประเมิน' }).click();
    await expect(page.locator('[data-key="unit:DG200"] :focus')).toHaveCount(1);

    await page.evaluate(() => window.scrollTo({ top: 2400 }));
    // The position is kept at the next frame after the scroll: wait until it is, rather than for a while.
    // (Each screen keeps its own position; the new-assessment form before this screen kept one too.)
    const savedPositions = () =>
      page.evaluate(() =>
        Object.entries(sessionStorage)
          .filter(([key]) => key.startsWith('cio-skills-compass:scroll:'))
          .map(([, value]) => value),
      );
    await expect.poll(savedPositions).toContain('2400');
    await page.reload();
    await expect(page.locator('[data-key]').first()).toBeVisible();
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(2400);
  });

  test('a key press draws the chosen level without moving anything, and a reload straight after keeps the rating', async ({ page }) => {
    await startAssessment(page, 'dcio', { day: '1', month: '1', year: '2568' });
    const item = page.locator('[data-key="unit:DG100"]');
    const levels = item.locator('label.level');
    // Each level's box relative to its group: the page around it may move (a backup reminder appears after changes).
    const boxes = () =>
      levels.evaluateAll((labels) =>
        labels.map((label) => {
          const box = label.getBoundingClientRect();
          const group = (label.parentElement as Element).getBoundingClientRect();
          return [box.x - group.x, box.y - group.y, box.width, box.height];
        }),
      );
    // The chosen level's frame is drawn in the brand colour (the colour of its number), two pixels thick.
    const chosen = () =>
      levels.evaluateAll((labels) =>
        labels.map((label) => {
          const style = getComputedStyle(label);
          const brand = getComputedStyle(label.querySelector('.level__number') as Element).color;
          return style.borderTopColor === brand && style.boxShadow.includes('inset');
        }),
      );
    await item.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await expect(item.locator('.rating-item__status')).toContainText('ระดับ 0');
    const before = await boxes();
    await page.keyboard.press('ArrowRight');
    await expect(item.locator('.rating-item__status')).toContainText('ระดับ 1');
    expect(await chosen()).toEqual([false, true, false, false, false]);
    expect(await boxes()).toEqual(before);
    // In forced colours (no shadows) a thicker system-colour border marks the choice, with no change of size either.
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await boxes();
    await page.keyboard.press('ArrowRight');
    await expect(item.locator('.rating-item__status')).toContainText('ระดับ 2');
    expect(await boxes()).toEqual(forced);
    await page.keyboard.press('ArrowLeft');
    await expect(item.locator('.rating-item__status')).toContainText('ระดับ 1');
    await page.emulateMedia({ forcedColors: 'none' });

    await page.keyboard.press('ArrowRight');
    await page.reload();
    await expect(page.locator('[data-key="unit:DG100"] input[value="2"]')).toBeChecked();
    await expect(page.locator('[data-key="unit:DG100"] .rating-item__status')).toContainText('ระดับ 2');
  });

  test('fits a 320 px screen with no horizontal scrolling, and shows the starred deadlines', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await startAssessment(page, 'dcio', { day: '29', month: '2', year: '2567' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(page.locator('[data-key="experience:enterprise-architecture"] .deadline')).toContainText('28 กุมภาพันธ์ 2569');
    await expectNoAxeViolations(page);
  });

  test('on a phone, a section reached from the section list is not hidden under the sticky progress bar (WCAG 2.4.11)', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await startAssessment(page, 'dcio', { day: '1', month: '1', year: '2568' });
    await page.locator('.section-nav').getByRole('link', { name: '2. ความรู้' }).click();
    const section = page.getByRole('region', { name: '2. ความรู้' });
    await expect(section).toBeFocused();
    const heading = section.getByRole('heading', { name: '2. ความรู้' });
    await expect(heading).toBeInViewport();
    const bar = await page.locator('.section-nav__bar').boundingBox();
    const box = await heading.boundingBox();
    expect(box && bar && box.y).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0));
  });
});
