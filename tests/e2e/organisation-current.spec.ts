import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { addDays, formatLongDate } from '../../src/domain/calendar/calendar-date';
import { expect, test, testMoment } from './fixtures';
import { openFolder, printToText } from './organisation-files';
import { eachLanguageOnce } from './where';

test.use({ clockAt: testMoment });

const words = {
  th: {
    keep: 'เก็บภาพรวมไว้ในเบราว์เซอร์นี้',
    kept: 'เก็บภาพรวมไว้แล้ว แยกจากการประเมินของคุณเอง',
    past: /เกินมา (\d+) วัน/,
    people: 'ตารางรายบุคคล CSV (Excel)',
    print: 'ไทย',
    dataAsOf: 'ข้อมูล ณ วันที่',
    computed: 'คำนวณ ณ วันที่',
  },
  en: {
    keep: 'Keep the roll-up in this browser',
    kept: 'The roll-up is kept, apart from your own assessments.',
    past: /(\d+) days? past/,
    people: 'People table CSV (Excel)',
    print: 'English',
    dataAsOf: 'Data as of',
    computed: 'computed on',
  },
};

// Behaviour, not layout: once in each language (tests/e2e/where.ts).
for (const [width, language] of eachLanguageOnce) {
  test(`${language} at ${width} px: a kept roll-up opened 100 days later shows that day's days past, and its print and CSV state both dates`, async ({
    page,
    today,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = words[language];
    await openFolder(page);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    // The table opens nearest deadline first: the first person is the one longest overdue.
    const firstDeadline = page.locator('.org-people tbody tr').first();
    await expect(firstDeadline).toContainText(w.past);
    const daysPast = async () => Number(w.past.exec((await firstDeadline.textContent()) ?? '')?.[1]);
    const before = await daysPast();
    await page.getByRole('button', { name: w.keep }).click();
    await expect(page.getByText(w.kept)).toBeVisible();

    // 100 days later, the kept roll-up opened again: every day counted from that day, nothing from the day kept.
    const later = addDays(today, 100);
    await page.clock.setSystemTime(new Date(new Date(testMoment).getTime() + 100 * 86_400_000));
    await page.reload();
    await expect(firstDeadline).toContainText(w.past);
    expect(await daysPast()).toBe(before + 100);
    const dataAsOf = formatLongDate('2026-10-01', language);
    await expect(page.locator('.org-as-of')).toContainText(dataAsOf);
    await expect(page.locator('.org-as-of')).toContainText(formatLongDate(later, language));

    // The print and the CSV say both dates: the newest assessment in the data, and the day computed.
    await page.getByRole('radio', { name: w.print }).check();
    const { text } = await printToText(page);
    expect(text).toContain(`${w.dataAsOf} ${dataAsOf}`);
    expect(text).toContain(`${w.computed} ${formatLongDate(later, language)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.people }).click()]);
    expect(download.suggestedFilename()).toContain(later);
    const rows = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').slice(1), { skipEmptyLines: true }).data;
    const header = rows[0] ?? [];
    for (const row of rows.slice(1)) {
      expect(row[header.indexOf('ข้อมูล ณ (ค.ศ.) / Data as of (ISO)')]).toBe('2026-10-01');
      expect(row[header.indexOf('คำนวณ ณ (ค.ศ.) / Computed on (ISO)')]).toBe(later);
    }

    // A tab left open past midnight: the store's day changes, and the figures follow it.
    await page.clock.fastForward('24:00:00');
    await expect(page.locator('.org-as-of')).toContainText(formatLongDate(addDays(later, 1), language));
    expect(await daysPast()).toBe(before + 101);
  });
}
