/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone moves a day. */

function parseIsoDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True when `isoDate` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(isoDate: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return false;
  const date = parseIsoDate(isoDate);
  return !Number.isNaN(date.getTime()) && formatIsoDate(date) === isoDate;
}

/** The same calendar day `years` later; 29 February becomes 28 February in a year that has none. */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const targetYear = year + years;
  const lastDayOfMonth = new Date(Date.UTC(targetYear, month, 0)).getUTCDate();
  return formatIsoDate(new Date(Date.UTC(targetYear, month - 1, Math.min(day, lastDayOfMonth))));
}

/** Whole days from `from` to `to`: positive when `to` is later, negative when earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);
}

/** The circular's rule: a starred experience must be acquired within 2 years from the date of appointment. */
export function experienceDeadline(appointedOn: string): string {
  return addYears(appointedOn, 2);
}

export const dueSoonDays = 180;
export type DeadlineStatus = 'acquired' | 'on-track' | 'due-soon' | 'overdue';

/** Where a starred experience stands on `today`, and the days left (negative when overdue). */
export function deadlineStatus(input: { appointedOn: string; today: string; acquired: boolean }): { deadline: string; daysLeft: number; status: DeadlineStatus } {
  const deadline = experienceDeadline(input.appointedOn);
  const daysLeft = daysBetween(input.today, deadline);
  const status: DeadlineStatus = input.acquired ? 'acquired' : daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due-soon' : 'on-track';
  return { deadline, daysLeft, status };
}

/** Whether an experience acquired on `acquiredOn` came after the two-year deadline. */
export function acquiredAfterDeadline(appointedOn: string, acquiredOn: string | undefined): boolean {
  return acquiredOn !== undefined && acquiredOn > experienceDeadline(appointedOn);
}
