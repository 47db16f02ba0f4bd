import { expect, openWithState, test, type Page } from './fixtures';
import { action, backupOf, fileOf, gapAssessment, handoffOf, reviewFileOf, reviewOf, savedText, storedWith } from './hostile-files';

// Issue 23, points 2 and 3: ids are unique wherever they are keys, and every file is checked against the
// assessment's role profile before anything is stored. Each refusal says what and where; nothing saved changes.

/** Imports `text` on the backup screen and expects it refused with `message`, nothing stored changed. */
async function expectBackupRefused(page: Page, name: string, text: string, message: string): Promise<void> {
  const before = await savedText(page);
  await page.locator('#import-file').setInputFiles(fileOf(name, text));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`นำเข้าไม่ได้: ${name}`);
  await expect(alert).toContainText(message);
  await expect(alert).toContainText('ข้อมูลที่บันทึกไว้ไม่มีการเปลี่ยนแปลง');
  expect(await savedText(page)).toBe(before);
}

/** Chooses `content` in the file field labelled `label` on the reviews screen and expects it refused with `message`. */
async function expectExchangeRefused(page: Page, label: string, name: string, content: unknown, message: string): Promise<void> {
  const before = await savedText(page);
  await page.getByLabel(label).setInputFiles(fileOf(name, content));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`นำเข้าไม่ได้: ${name}`);
  await expect(alert).toContainText(message);
  expect(await savedText(page)).toBe(before);
}

const other = { ...gapAssessment, id: 'hostile-other' };

test.describe('ids are unique wherever they are keys', () => {
  test('a backup whose plan has two actions with one id is refused by name', async ({ page }) => {
    await openWithState(page, storedWith({}), '#/backup');
    const twins = { ...other, actions: [action('twinaction', { description: 'อบรม PDPA' }), action('twinaction', { description: 'ดูงาน EA' })], rounds: [] };
    await expectBackupRefused(page, 'twins.json', backupOf([twins]), 'กิจกรรมพัฒนาลำดับที่ 1 ("อบรม PDPA") และ 2 ("ดูงาน EA") มีรหัสเดียวกัน "twinaction"');
  });

  test('a hand-off with two new actions of one id is refused by name; each change of a hand-off has an Accept / Reject group of its own', async ({ page }) => {
    const base = [action('keepaction1')];
    await openWithState(page, storedWith({ actions: base }), `#/assessments/${gapAssessment.id}/reviews`);
    const twins = [...base, action('newaction01', { description: 'พี่เลี้ยง' }), action('newaction01', { description: 'ดูงาน' })];
    await expectExchangeRefused(
      page,
      'เลือกไฟล์ส่งต่อแผน (.json)',
      'twins-handoff.json',
      handoffOf(base, twins),
      'กิจกรรมพัฒนาลำดับที่ 2 ("พี่เลี้ยง") และ 3 ("ดูงาน") มีรหัสเดียวกัน "newaction01"',
    );

    await page
      .getByLabel('เลือกไฟล์ส่งต่อแผน (.json)')
      .setInputFiles(fileOf('handoff.json', handoffOf(base, [...base, action('newaction01'), action('newaction02')])));
    await expect(page.locator('.merge-list > li')).toHaveCount(2);
    const names = await page.locator('.merge-list input[type=radio]').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).name));
    expect(new Set(names).size).toBe(2);
    expect(names.filter((name) => name === names[0])).toHaveLength(2);
    await page.locator('.merge-list > li').first().getByRole('radio', { name: 'รับ', exact: true }).check();
    await page.getByRole('button', { name: 'บันทึกตามที่เลือก' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'รับ 1 รายการ ไม่รับ 1 รายการ' })).toBeVisible();
    const stored = JSON.parse((await savedText(page)) ?? '{}').state.assessments[gapAssessment.id];
    expect(stored.actions.map((kept: { id: string }) => kept.id)).toEqual(['keepaction1', 'newaction01']);
  });
});

test.describe('every file is checked against its role profile', () => {
  test('a backup rating 100,000 items that do not exist is refused before anything is stored', async ({ page }) => {
    await openWithState(page, storedWith({}), '#/backup');
    const ratings = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`unit:X${index}`, { level: 1 }]));
    await expectBackupRefused(page, 'made-up.json', backupOf([{ ...other, ratings }]), 'ไฟล์อ้างถึง 100,000 รายการที่ไม่มีในชุดทักษะ DCIO');
  });

  test('a review rating 85,000 made-up items is refused, not counted as "85000 items rated"', async ({ page }) => {
    await openWithState(page, storedWith({}), `#/assessments/${gapAssessment.id}/reviews`);
    const ratings = Object.fromEntries(Array.from({ length: 85_000 }, (_, index) => [`x${index}`, { level: 1 }]));
    await expectExchangeRefused(
      page,
      'เลือกไฟล์ผลการประเมิน (.json)',
      'made-up-review.json',
      reviewFileOf(reviewOf({ ratings })),
      'ไฟล์อ้างถึง 85,000 รายการที่ไม่มีในชุดทักษะ DCIO',
    );
    await expect(page.locator('[data-review]')).toHaveCount(0);
  });

  test('a review dated 2200 is refused; one kept with that date gives way to the genuine later export', async ({ page }) => {
    const future = reviewOf({ exportedAt: '2200-01-01T00:00:00.000Z', reviewer: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดี', reviewedOn: '2200-01-01' } });
    await openWithState(page, storedWith({}), `#/assessments/${gapAssessment.id}/reviews`);
    await expectExchangeRefused(page, 'เลือกไฟล์ผลการประเมิน (.json)', 'future.json', reviewFileOf(future), 'ลงวันที่ 1 มกราคม 2743 ซึ่งยังมาไม่ถึง');

    // Kept by an earlier version of the app, the review dated 2200 no longer blocks the genuine export.
    await openWithState(page, storedWith({ reviews: [future] }), `#/assessments/${gapAssessment.id}/reviews`);
    await page.getByLabel('เลือกไฟล์ผลการประเมิน (.json)').setInputFiles(fileOf('genuine.json', reviewFileOf(reviewOf({ overall: 'ฉบับจริง' }))));
    await expect(page.getByRole('status').filter({ hasText: 'สมศรี ผู้บังคับบัญชา' })).toBeVisible();
    await expect(page.locator('[data-review="reviewfile01"]')).toContainText('ฉบับจริง');
  });

  const cases: [string, Record<string, unknown>, string][] = [
    [
      "a rating of another profile's item",
      { ratings: { ...gapAssessment.ratings, 'unit:DS400': { level: 2 } } },
      'ไฟล์อ้างถึง 1 รายการที่ไม่มีในชุดทักษะ DCIO: "unit:DS400"',
    ],
    [
      'experience of another profile',
      { experience: { 'software-development': { status: 'yes' } } },
      'ไฟล์อ้างถึง 1 รายการที่ไม่มีในชุดทักษะ DCIO: "software-development"',
    ],
    [
      'an action serving an item that does not exist',
      { actions: [action('nowhere01', { serves: ['unit:NOWHERE'] })] },
      'ไฟล์อ้างถึง 1 รายการที่ไม่มีในชุดทักษะ DCIO: "unit:NOWHERE"',
    ],
    [
      'an action whose target is before its start',
      { actions: [action('backwards', { startOn: '2027-07-01' })] },
      'วันที่เป้าหมาย (30 มิถุนายน 2570) อยู่ก่อนวันเริ่ม (1 กรกฎาคม 2570)',
    ],
    [
      'two reviews with one id',
      { reviews: [reviewOf(), reviewOf({ reviewer: { name: 'คนที่สอง', position: 'รองอธิบดี', reviewedOn: '2026-11-28' } })] },
      'ผลการประเมินลำดับที่ 1 ("สมศรี ผู้บังคับบัญชา") และ 2 ("คนที่สอง") มีรหัสเดียวกัน "reviewfile01"',
    ],
  ];
  test('a backup with what its profile does not allow is refused, each case with its own message', async ({ page }) => {
    await openWithState(page, storedWith({}), '#/backup');
    for (const [name, changes, message] of cases) {
      await test.step(name, () => expectBackupRefused(page, `${name}.json`, backupOf([{ ...other, actions: [], rounds: [], ...changes }]), message));
    }
  });

  // A warning, not a refusal: the app lets an appointment be dated ahead, and assessed before it.
  test('an assessment dated before the appointment imports with a note naming it, as its details form warns', async ({ page }) => {
    await openWithState(page, storedWith({}), '#/backup');
    const early = {
      ...other,
      title: 'ประเมินก่อนแต่งตั้ง',
      appointee: { ...gapAssessment.appointee, appointedOn: '2026-01-10', assessedOn: '2025-12-31' },
      actions: [],
      rounds: [],
    };
    await page.locator('#import-file').setInputFiles(fileOf('early.json', backupOf([early])));
    const notice = page.getByRole('status').filter({ hasText: 'นำเข้าแล้ว 1 การประเมิน' });
    await expect(notice).toContainText('การประเมิน 1 รายการมีวันที่ประเมินก่อนวันที่ได้รับการแต่งตั้ง โปรดตรวจสอบวันที่ในหน้ารายละเอียด: สมหญิง ตัวอย่าง · ประเมินก่อนแต่งตั้ง');
    await page.goto(`#/assessments/${early.id}/details`);
    await expect(page.getByRole('status').filter({ hasText: 'วันที่ประเมินอยู่ก่อนวันที่ได้รับการแต่งตั้ง โปรดตรวจสอบว่าถูกต้อง' })).toBeVisible();
  });
});
