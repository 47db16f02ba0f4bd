import { readFileSync } from 'node:fs';
import { addDays, formatLongDate } from '../../src/domain/calendar/calendar-date';
import { deadlineStatus, type DeadlineStatus } from '../../src/domain/calendar/deadlines';
import { calendarDayIn, expect, gotoApp, openWithState, test, type Page } from './fixtures';

// Every date and count of days the app shows, at the moments where a calendar goes wrong: the page's clock starts
// at each moment (in the browser's time zone, Asia/Bangkok) and runs on; what is expected is computed from that day
// with the domain's own date arithmetic, and written in the app's words.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

interface Moment {
  name: string;
  /** The moment, with Bangkok's offset. */
  at: string;
  /** The appointment, chosen so that the starred deadline (appointment + 2 years) lands where this moment tests it. */
  appointedOn: string;
}

const moments: Moment[] = [
  { name: '29 February 2028 (leap day), the day after a deadline', at: '2028-02-29T10:00:00+07:00', appointedOn: '2026-02-28' },
  {
    name: '31 December 2027 at 23:30, half an hour before Buddhist Era 2571, the day before a deadline',
    at: '2027-12-31T23:30:00+07:00',
    appointedOn: '2026-01-01',
  },
  { name: '1 March 2027 at 05:30, still 28 February in UTC', at: '2027-03-01T05:30:00+07:00', appointedOn: '2025-06-15' },
  {
    name: 'the day a starred deadline falls due (appointed 29 February 2024, due 28 February 2026)',
    at: '2026-02-28T09:00:00+07:00',
    appointedOn: '2024-02-29',
  },
];

type Language = 'th' | 'en';
const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** The rating screen's words for a starred item not yet acquired (DeadlineText). */
function ratingScreenWords(status: DeadlineStatus, daysLeft: number, language: Language): string {
  const th = { overdue: `เกินกำหนด ${-daysLeft} วัน`, 'due-soon': `ใกล้ครบกำหนด เหลือ ${daysLeft} วัน`, 'on-track': `เหลืออีก ${daysLeft} วัน`, acquired: 'มีแล้ว' };
  const en = {
    overdue: `overdue by ${days(-daysLeft)}`,
    'due-soon': `due soon: ${days(daysLeft)} left`,
    'on-track': `${days(daysLeft)} left`,
    acquired: 'acquired',
  };
  return (language === 'th' ? th : en)[status];
}

/** The gap screen's and the report's words: days left or past, and the status. */
function tableWords(status: DeadlineStatus, daysLeft: number, language: Language): [string, string] {
  const count =
    language === 'th' ? (daysLeft < 0 ? `เกินมา ${-daysLeft} วัน` : `เหลือ ${daysLeft} วัน`) : daysLeft < 0 ? `${days(-daysLeft)} past` : `${days(daysLeft)} left`;
  const th = { overdue: 'เกินกำหนด', 'due-soon': 'ใกล้ครบกำหนด', 'on-track': 'ยังอยู่ในกำหนด', acquired: 'มีแล้ว' };
  const en = { overdue: 'overdue', 'due-soon': 'due soon', 'on-track': 'on track', acquired: 'acquired' };
  return [count, (language === 'th' ? th : en)[status]];
}

/** The fixture appointed on `appointedOn`, assessed today, last backed up at 20:00 UTC 20 days before today. */
function stateFor(moment: Moment, today: string) {
  const state = structuredClone(fixture);
  const assessment = state.state.assessments.gapfixture1;
  assessment.appointee = { ...assessment.appointee, appointedOn: moment.appointedOn, assessedOn: today };
  state.state.lastExportedAt = `${addDays(today, -20)}T20:00:00.000Z`;
  state.state.changesSinceExport = 2;
  return state;
}

const starredKeys = ['experience:enterprise-architecture', 'experience:it-systems-management'];

async function expectTimeline(page: Page, today: string, expected: ReturnType<typeof deadlineStatus>, language: Language): Promise<void> {
  await page.goto('#/assessments/gapfixture1/gaps');
  const rows = page.locator('figure:has([data-chart="deadlines"]) tbody tr');
  await expect(rows).toHaveCount(2);
  const [count, status] = tableWords(expected.status, expected.daysLeft, language);
  for (const row of await rows.all()) {
    await expect(row.locator('td')).toHaveText([formatLongDate(expected.deadline, language), count, status]);
  }
  await expect(page.locator('[data-chart="deadlines"] svg.timeline')).toContainText(
    `${language === 'th' ? 'วันนี้' : 'Today'} ${formatLongDate(today, language)}`,
  );
}

for (const moment of moments) {
  test.describe(moment.name, () => {
    test.use({ clockAt: moment.at });

    test("shows today, the starred deadlines, the days left and the last backup by Bangkok's calendar", async ({ page, today }) => {
      // The day the test expects is Bangkok's (the moment is written with Bangkok's offset).
      expect(today).toBe(calendarDayIn(new Date(moment.at), 'Asia/Bangkok'));
      expect(today).toBe(moment.at.slice(0, 10));
      const expected = deadlineStatus({ appointedOn: moment.appointedOn, today, acquired: false });
      // 20:00 UTC is 03:00 the next day in Bangkok: the backup was made 19 of Bangkok's days ago.
      const backedUpOn = addDays(today, -19);

      // The form dates a new assessment today, in the Buddhist Era.
      await openWithState(page, stateFor(moment, today), '#/assessments/new/dcio');
      // The page's clock and time zone make the same day of it.
      expect(await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1, new Date().getDate()].join('-'))).toBe(
        today.split('-').map(Number).join('-'),
      );
      const assessed = page.getByRole('group', { name: /วันที่ประเมิน/ });
      const [year, month, day] = today.split('-').map(Number) as [number, number, number];
      await expect(assessed.getByRole('combobox').first()).toHaveValue(String(day));
      await expect(assessed.getByRole('combobox').nth(1)).toHaveValue(String(month));
      await expect(assessed.getByRole('textbox')).toHaveValue(String(year + 543));

      // The rating screen: each starred item's deadline and days; the header's last backup and the reminder.
      await gotoApp(page, '#/assessments/gapfixture1');
      for (const key of starredKeys) {
        await expect(page.locator(`[data-key="${key}"] .deadline`)).toHaveText(
          `กำหนดภายใน ${formatLongDate(expected.deadline, 'th')} · ${ratingScreenWords(expected.status, expected.daysLeft, 'th')}`,
        );
      }
      await expect(page.getByTestId('header-last-backup')).toHaveText(`สำรองข้อมูลล่าสุด: ${formatLongDate(backedUpOn, 'th')}`);
      await expect(page.getByRole('complementary', { name: 'ยังไม่ได้สำรองข้อมูลล่าสุด' })).toContainText('สำรองข้อมูลครั้งล่าสุดเมื่อ 19 วันก่อน');

      // The gap screen's deadline timeline: its table, and today's line.
      await expectTimeline(page, today, expected, 'th');

      // The report: the starred table, and the printed footer dated today.
      await page.goto('#/assessments/gapfixture1/report');
      const starred = page.locator('section[aria-labelledby="report-starred"] tbody tr');
      await expect(starred).toHaveCount(2);
      for (const row of await starred.all()) {
        await expect(row.locator('td').nth(2)).toHaveText(formatLongDate(expected.deadline, 'th'));
        await expect(row.locator('td').nth(3)).toHaveText(tableWords(expected.status, expected.daysLeft, 'th')[0]);
      }
      await expect
        .poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--print-footer')))
        .toContain(`รายงาน ณ วันที่ ${formatLongDate(today, 'th')}`);

      // The same in English: Common Era years, and one day or many.
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.goto('#/assessments/gapfixture1');
      await expect(page.locator(`[data-key="${starredKeys[0]}"] .deadline`)).toHaveText(
        `Due by ${formatLongDate(expected.deadline, 'en')} · ${ratingScreenWords(expected.status, expected.daysLeft, 'en')}`,
      );
      await expect(page.getByTestId('header-last-backup')).toHaveText(`Last backed up: ${formatLongDate(backedUpOn, 'en')}`);
      await expectTimeline(page, today, expected, 'en');
    });
  });
}
