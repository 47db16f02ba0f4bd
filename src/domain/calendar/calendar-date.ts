import { z } from 'zod/mini';
import { bilingual } from '../shared/localized-issues';
import type { Language } from '../shared/localized-text';

/**
 * Calendar dates written as ISO `YYYY-MM-DD`: the one home for parsing, bounds, arithmetic and display.
 * Arithmetic is done in UTC, so no time zone ever moves a day; only `todayCalendarDate` and
 * `localCalendarDateOf` read the user's own time zone, because "today" and "the day it was saved" are theirs.
 */
export type CalendarDate = string;

/** The years any date in the app may fall in: wide enough for any career, narrow enough to catch typos. */
export const minYear = 1900;
export const maxYear = 2200;

const isoPattern = /^\d{4}-\d{2}-\d{2}$/;

function toUtcDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtcDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/** True when `date` is a real calendar day written as YYYY-MM-DD (any year). */
export function isCalendarDate(date: string): boolean {
  if (!isoPattern.test(date)) return false;
  const parsed = toUtcDate(date);
  return !Number.isNaN(parsed.getTime()) && fromUtcDate(parsed) === date;
}

/** The year of a calendar date. */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** True when `date` is a real calendar day within minYear–maxYear. */
export function isCalendarDateInRange(date: string): boolean {
  return isCalendarDate(date) && yearOf(date) >= minYear && yearOf(date) <= maxYear;
}

/** Every stored or imported date: a real day between minYear and maxYear. */
export const calendarDateSchema = z.iso.date().check(
  z.refine((date) => !isCalendarDate(date) || isCalendarDateInRange(date), {
    params: bilingual(`ปีต้องอยู่ระหว่าง ค.ศ. ${minYear} ถึง ${maxYear}`, `the year must be between ${minYear} and ${maxYear}`),
  }),
);

/** Every stored timestamp (ISO 8601 in UTC), with its year bounded like the dates'. */
export const timestampSchema = z.iso.datetime().check(
  z.refine((timestamp) => !/^\d{4}-/.test(timestamp) || (yearOf(timestamp) >= minYear && yearOf(timestamp) <= maxYear), {
    params: bilingual(`ปีต้องอยู่ระหว่าง ค.ศ. ${minYear} ถึง ${maxYear}`, `the year must be between ${minYear} and ${maxYear}`),
  }),
);

/** `date` moved by `days` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = toUtcDate(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return fromUtcDate(moved);
}

/** The same calendar day `years` later; a day the month lacks (29 February) becomes the month's last day. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const targetYear = year + years;
  const lastDayOfMonth = new Date(Date.UTC(targetYear, month, 0)).getUTCDate();
  const moved = new Date(Date.UTC(2000, month - 1, Math.min(day, lastDayOfMonth)));
  moved.setUTCFullYear(targetYear); // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  return fromUtcDate(moved);
}

/** Whole days from `from` to `to`: positive when `to` is later, negative when earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}

function localDate(now: Date): CalendarDate {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day `now` falls on where the user is (their time zone), as YYYY-MM-DD: what the clock (lib/clock.ts) calls today. */
export function todayCalendarDate(now: Date): CalendarDate {
  return localDate(now);
}

/** The day, where the user is, on which an ISO timestamp (UTC) fell: 2026-11-27T20:00Z is 28 Nov in Bangkok. */
export function localCalendarDateOf(timestamp: string): CalendarDate {
  const instant = new Date(timestamp);
  return Number.isNaN(instant.getTime()) ? timestamp.slice(0, 10) : localDate(instant);
}

/** The time of day, `HH:MM`, that `timestamp` (ISO) falls on where the user is. */
export function localTimeOf(timestamp: string): string {
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return '';
  return `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;
}

/** How far another computer's clock may run ahead of ours: a date or time later than that is in the future. */
const clockSkewDays = 1;

/** True when `date` is later than tomorrow, where the user is, at `now` (an ISO timestamp): in the future beyond a day's clock skew. */
export function isDateInFuture(date: CalendarDate, now: string): boolean {
  return date > addDays(localCalendarDateOf(now), clockSkewDays);
}

/** True when `timestamp` is more than a day's clock skew after `now` (both ISO timestamps). */
export function isTimestampInFuture(timestamp: string, now: string): boolean {
  return Date.parse(timestamp) > Date.parse(now) + clockSkewDays * 86_400_000;
}

/** The Buddhist Era runs 543 years ahead of the Common Era. */
export const buddhistEraOffset = 543;

/** The year as the user writes it: Buddhist Era in Thai, Common Era in English. */
export function displayYear(commonEraYear: number, language: Language): number {
  return language === 'th' ? commonEraYear + buddhistEraOffset : commonEraYear;
}

/** The Common Era year of a year the user wrote in their language's era. */
export function commonEraYear(displayedYear: number, language: Language): number {
  return language === 'th' ? displayedYear - buddhistEraOffset : displayedYear;
}

// Written out rather than asked of Intl.DateTimeFormat: the first Thai formatter a page creates loads ICU data
// for 20–60 ms (80–240 ms on a slow phone), a long task on the first screen, which shows the circular's date.
// A unit test checks these against Intl, day by day.
const months: Record<Language, readonly string[]> = {
  th: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A calendar date in words: "1 มีนาคม 2569" (Buddhist Era) in Thai, "1 March 2026" in English. */
export function formatLongDate(date: CalendarDate, language: Language): string {
  if (!isCalendarDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${months[language][month - 1] ?? ''} ${displayYear(year, language)}`;
}

/** A calendar date as day/month/Buddhist-Era year in digits, "01/03/2569": for spreadsheets read in Thailand. */
export function formatBuddhistEraDigits(date: CalendarDate): string {
  if (!isCalendarDate(date)) return date;
  const [year, month, day] = date.split('-') as [string, string, string];
  return `${day}/${month}/${Number(year) + buddhistEraOffset}`;
}

/** The twelve month names in the language. */
export function monthNames(language: Language): string[] {
  return [...months[language]];
}
