import { formatLongDate } from '../../src/domain/calendar/calendar-date';
import { expect, openWithState, test, testMoment, type Page } from './fixtures';
import { pageText, pdfWords, printToPdf } from './pdf';
import { gapAssessment, reviewOf, storedStateOf } from './hostile-files';

// What the user trial of issue 26 found on paper: the backup notice printed, the memo's "ลงวันที่", the closing alone
// at the top of a page, memo fields forgotten, joiners in the date words, the role in Thai first in English, and
// readiness without saying how few items it counts.
test.use({ clockAt: testMoment });

const opinion = `LEVELTWOSTART ${'เห็นด้วยกับความเห็นของอธิบดี ให้ส่งเข้าหลักสูตรธรรมาภิบาลข้อมูลในไตรมาสแรกของปีงบประมาณ '.repeat(4)}LEVELTWOEND`;

/** The gap fixture (59 of 61 items rated), a two-level review, and changes never backed up: the reminder shows. */
function stateIn(language: 'th' | 'en', today: string) {
  const review = {
    ...reviewOf({ exportedAt: '2026-11-28T02:00:00.000Z', overall: 'ควรเร่งพัฒนาด้านธรรมาภิบาลข้อมูล' }),
    verdict: 'partly',
    chain: {
      levels: ['ผู้บังคับบัญชาชั้นต้น (อธิบดี)', 'ปลัดกระทรวง'],
      opinions: [{ name: 'สมชาย ปลัดกระทรวง', position: 'ปลัดกระทรวง', signedOn: today, verdict: 'agree', opinion }],
    },
  };
  const stored = storedStateOf([{ ...gapAssessment, actions: [], rounds: [], reviews: [review] }]) as { state: Record<string, unknown> };
  return { ...stored, state: { ...stored.state, language, changesSinceExport: 12, lastExportedAt: null } };
}

async function openReport(page: Page, language: 'th' | 'en', today: string) {
  await openWithState(page, stateIn(language, today), '#/assessments/gapfixture1/report');
  await expect(page.locator('.report svg').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

test.describe('the printed report after the user trial (issue 26)', () => {
  test('Thai: no backup notice on paper, the memo says วันที่ and is remembered, the date words read whole, readiness says how many are rated', async ({
    page,
    today,
  }) => {
    await openReport(page, 'th', today);
    const reminder = page.locator('.backup-reminder');
    await expect(reminder).toBeVisible();
    const reminderTitle = (await reminder.locator('strong').textContent()) ?? '';
    await page.getByLabel('ส่วนราชการ').fill('กรมตัวอย่าง กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
    await page.getByLabel('ที่', { exact: true }).fill('ดศ 0501/1234');
    await page.getByLabel('เรื่อง').fill('รายงานผลการประเมินตนเองของรองอธิบดี');
    await page.getByLabel('เรียน').fill('ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
    const memoDate = page.locator('.report-options__memo');
    await memoDate.getByRole('combobox', { name: 'วัน', exact: true }).selectOption({ label: '28' });
    await memoDate.getByRole('combobox', { name: 'เดือน', exact: true }).selectOption({ label: 'พฤศจิกายน' });
    await memoDate.getByLabel('ปี พ.ศ.').fill('2569');
    await expect(page.locator('.report__memo [data-memo="date"] dt')).toHaveText('วันที่');
    await expect(page.locator('.report [data-figure="overall"]')).toBeVisible();
    const pdf = await printToPdf(page, 'trial-th');
    const text = flat(pdf.text);
    expect(text, 'the backup reminder stays on screen').not.toContain(reminderTitle);
    expect(pageText(pdf, 1)).not.toContain(reminderTitle);
    // The memo's heading: "วันที่", never "ลงวันที่".
    const memoLine = pdf.text.split('\n').find((line) => line.includes('0501/1234')) ?? '';
    expect(memoLine).toMatch(/วันที่ 28 พฤศจิกายน 2569/);
    expect(memoLine).not.toMatch(/ลงวันที่/);
    // The circular's date words read whole, with no invisible joiner between them.
    expect(pdf.text).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/);
    expect(text).toContain('ลงวันที่ 26 กันยายน 2562');
    expect(pdfWords(pdf).some((word) => word.text.includes('ลงวันที่'))).toBe(true);
    // Readiness with how many items it counts.
    expect(flat(pageText(pdf, 1))).toContain('(ประเมินแล้ว 59 จาก 61 รายการ)');

    // Another visit: the memo's fields are as typed, its date is not kept.
    await page.reload();
    await expect(page.locator('.report svg').first()).toBeVisible();
    await expect(page.getByLabel('ส่วนราชการ')).toHaveValue('กรมตัวอย่าง กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
    await expect(page.getByLabel('ที่', { exact: true })).toHaveValue('ดศ 0501/1234');
    await expect(page.getByLabel('เรื่อง')).toHaveValue('รายงานผลการประเมินตนเองของรองอธิบดี');
    await expect(page.getByLabel('เรียน')).toHaveValue('ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
    await expect(memoDate.getByLabel('ปี พ.ศ.')).toHaveValue('');
  });

  test('Thai: the closing "จึงเรียนมาเพื่อโปรดพิจารณา" is never alone at the top of a page, wherever the breaks fall', async ({ page, today }) => {
    test.setTimeout(300_000);
    await openReport(page, 'th', today);
    await page.getByLabel('เรื่อง').fill('รายงานผลการประเมินตนเอง');
    for (const push of [0, 30, 60, 90, 120, 150, 180, 210, 240]) {
      await page.evaluate((mm) => document.querySelector<HTMLElement>('.report__header')?.style.setProperty('padding-bottom', `${mm}mm`), push);
      const words = pdfWords(await printToPdf(page, `closing-${push}`));
      const closing = words.find((word) => word.text.includes('จึงเรียนมา'));
      expect(closing, `pushed ${push} mm`).toBeDefined();
      // The body it closes (since the third trial round the levels' opinions follow the appointee's signature, as in a
      // บันทึกข้อความ) ends on the closing's page, above it; the appointee's signature follows on the same page.
      const above = words.filter((word) => word.page === closing?.page && word.yMax <= (closing?.yMin ?? 0));
      expect(above.length, `pushed ${push} mm: the closing with the block it closes`).toBeGreaterThan(0);
      const signatures = words.find((word) => word.text === 'การรับรอง');
      expect(signatures?.page, `pushed ${push} mm: the appointee's signature after the closing`).toBe(closing?.page);
      // Level 2's opinion comes after the closing and the appointee's signature.
      const levelTwo = words.find((word) => word.text.includes('LEVELTWOEND'));
      expect((levelTwo?.page ?? 0) * 10000 + (levelTwo?.yMin ?? 0), `pushed ${push} mm: the opinions after the closing`).toBeGreaterThan(
        (closing?.page ?? 0) * 10000 + (closing?.yMin ?? 0),
      );
    }
  });

  test('English: the role in English first, the memo date as "Date", readiness says how many are rated', async ({ page, today }) => {
    await openReport(page, 'en', today);
    await page.getByLabel('Subject').fill('Self-assessment report');
    const pdf = await printToPdf(page, 'trial-en');
    const text = flat(pdf.text);
    const english = text.indexOf('Department Chief Information Officer');
    const thai = text.indexOf('ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับกรม');
    expect(english).toBeGreaterThan(-1);
    expect(thai === -1 || english < thai, 'English first').toBe(true);
    expect(flat(pageText(pdf, 1))).toContain('(59 of 61 items rated)');
    expect(text).toContain(formatLongDate(today, 'en'));
    expect(pdf.text).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/);
  });
});
