import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  calendarDateSchema,
  commonEraYear,
  daysBetween,
  displayYear,
  formatBuddhistEraDigits,
  formatLongDate,
  isCalendarDate,
  isCalendarDateInRange,
  isDateInFuture,
  isTimestampInFuture,
  localCalendarDateOf,
  maxYear,
  minYear,
  monthNames,
  todayCalendarDate,
  localTimeOf,
} from './calendar-date';

describe('isCalendarDate', () => {
  it('accepts real days written as YYYY-MM-DD only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-2-1')).toBe(false);
    expect(isCalendarDate('yesterday')).toBe(false);
  });

  it('bounds the years to minYear–maxYear in one place, for forms and schemas alike', () => {
    expect(isCalendarDateInRange(`${minYear}-01-01`)).toBe(true);
    expect(isCalendarDateInRange(`${maxYear}-12-31`)).toBe(true);
    expect(isCalendarDateInRange(`${minYear - 1}-12-31`)).toBe(false);
    expect(isCalendarDateInRange('0001-03-01')).toBe(false);
    expect(calendarDateSchema.safeParse('0001-03-01').success).toBe(false);
    expect(calendarDateSchema.safeParse('2026-01-01').success).toBe(true);
    expect(calendarDateSchema.safeParse('2569-01-01').success).toBe(false); // a Buddhist Era year typed as Common Era
    expect(calendarDateSchema.safeParse('9999-01-01').success).toBe(false);
  });
});

describe('addYears', () => {
  it('keeps the calendar day, and turns a missing 29 February into the 28th', () => {
    expect(addYears('2026-10-01', 2)).toBe('2028-10-01');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('does not shift years below 100 into the 1900s', () => {
    expect(addYears('0001-03-01', 2)).toBe('0003-03-01');
  });
});

describe('addDays and daysBetween', () => {
  it('count whole days, negative backwards, across a leap day and a year end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('are inverse to each other', () => {
    const dates = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(dates, fc.integer({ min: -2000, max: 2000 }), (date, days) => daysBetween(date, addDays(date, days)) === days));
  });
});

describe('today and timestamps in the local day', () => {
  it('gives today where the user is', () => {
    expect(todayCalendarDate(new Date(2026, 10, 27, 23, 30))).toBe('2026-11-27');
  });

  it('gives the local day of a UTC timestamp, not its UTC day', () => {
    const instant = new Date(2026, 10, 28, 1, 0); // 01:00 local on 28 Nov
    expect(localCalendarDateOf(instant.toISOString())).toBe('2026-11-28');
  });
});

describe('display', () => {
  it('writes long dates in the Buddhist Era in Thai and the Common Era in English', () => {
    expect(formatLongDate('2019-09-26', 'th')).toBe('26 กันยายน 2562');
    expect(formatLongDate('2019-09-26', 'en')).toBe('26 September 2019');
    expect(formatLongDate('2024-02-29', 'th')).toBe('29 กุมภาพันธ์ 2567');
    expect(formatLongDate('not a date', 'en')).toBe('not a date');
  });

  it('writes dates from 1900 to 2200 exactly as Intl.DateTimeFormat does: the first and last day of every month, and every day of four years', () => {
    const intl = {
      th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    // Day by day the whole range took 3 s; each month's edges in every year, and every day of a common year, a leap
    // year and both kinds of century year (1900 none, 2000 leap), sample it in a tenth of that.
    const days = new Set<number>();
    for (let year = 1900; year <= 2200; year++) {
      for (let month = 0; month < 12; month++) days.add(Date.UTC(year, month, 1)).add(Date.UTC(year, month + 1, 0));
    }
    for (const year of [1900, 2000, 2027, 2028]) {
      for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) days.add(day);
    }
    const mismatches: string[] = [];
    for (const day of days) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const language of ['th', 'en'] as const) {
        if (formatLongDate(date, language) !== intl[language].format(day)) mismatches.push(`${date} ${language}`);
      }
    }
    expect(days.size).toBe(301 * 24 + 4 * 365 + 2 - 4 * 24);
    expect(mismatches).toEqual([]);
  });

  it('writes digits for spreadsheets as day/month/Buddhist-Era year', () => {
    expect(formatBuddhistEraDigits('2026-03-01')).toBe('01/03/2569');
  });

  it('converts years between the eras and names the months', () => {
    expect(displayYear(2026, 'th')).toBe(2569);
    expect(displayYear(2026, 'en')).toBe(2026);
    expect(commonEraYear(2569, 'th')).toBe(2026);
    expect(commonEraYear(2026, 'en')).toBe(2026);
    expect(monthNames('th')[1]).toBe('กุมภาพันธ์');
    expect(monthNames('en')[11]).toBe('December');
  });
});

describe('isDateInFuture and isTimestampInFuture', () => {
  const now = '2026-12-06T05:00:00.000Z';
  it('allow a day of clock skew and no more', () => {
    expect(isDateInFuture('2026-12-07', now)).toBe(false);
    expect(isDateInFuture('2026-12-08', now)).toBe(true);
    expect(isDateInFuture('2200-01-01', now)).toBe(true);
    expect(isTimestampInFuture('2026-12-07T05:00:00.000Z', now)).toBe(false);
    expect(isTimestampInFuture('2026-12-07T05:00:01.000Z', now)).toBe(true);
    expect(isTimestampInFuture('2020-01-01T00:00:00.000Z', now)).toBe(false);
  });
});

describe('localTimeOf', () => {
  it('gives the time of day where the user is, in hours and minutes', () => {
    expect(localTimeOf(new Date(2026, 10, 28, 9, 5).toISOString())).toBe('09:05');
    expect(localTimeOf(new Date(2026, 10, 28, 23, 59, 59).toISOString())).toBe('23:59');
    expect(localTimeOf('not a time')).toBe('');
  });
});
