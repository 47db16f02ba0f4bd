import { yearOf, type CalendarDate } from './calendar-date';

/**
 * The Thai government's fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Common Era year it ends in
 * (fiscal year 2027 = ปีงบประมาณ 2570 = 1 Oct 2026 – 30 Sep 2027). Shown in the Buddhist Era in Thai through
 * `displayYear` (calendar-date.ts), like every other year.
 */
export type FiscalYear = number;

/** The fiscal year a day falls in. */
export function fiscalYearOf(date: CalendarDate): FiscalYear {
  return Number(date.slice(5, 7)) >= 10 ? yearOf(date) + 1 : yearOf(date);
}

/** The first and last day of a fiscal year. */
export function fiscalYearSpan(year: FiscalYear): { start: CalendarDate; end: CalendarDate } {
  return { start: `${String(year - 1).padStart(4, '0')}-10-01`, end: `${String(year).padStart(4, '0')}-09-30` };
}
