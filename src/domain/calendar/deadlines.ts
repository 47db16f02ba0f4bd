import { addYears, daysBetween, type CalendarDate } from './calendar-date';

/**
 * The circular's rule: a starred experience must be acquired within 2 years from the date of appointment, counted as
 * the Civil and Commercial Code counts periods (docs/decisions/007-calendar-dates.md): the same calendar day two years
 * on, or the month's last day when that day does not exist (29 Feb 2024 gives 28 Feb 2026).
 */
export function experienceDeadline(appointedOn: CalendarDate): string {
  return addYears(appointedOn, 2);
}

export const dueSoonDays = 180;
export type DeadlineStatus = 'acquired' | 'on-track' | 'due-soon' | 'overdue';

/** Where a starred experience stands on `today`, and the days left (negative when overdue). */
export function deadlineStatus(input: { appointedOn: CalendarDate; today: string; acquired: boolean }): {
  deadline: string;
  daysLeft: number;
  status: DeadlineStatus;
} {
  const deadline = experienceDeadline(input.appointedOn);
  const daysLeft = daysBetween(input.today, deadline);
  const status: DeadlineStatus = input.acquired ? 'acquired' : daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due-soon' : 'on-track';
  return { deadline, daysLeft, status };
}

/** Whether an experience acquired on `acquiredOn` came after the two-year deadline. */
export function acquiredAfterDeadline(appointedOn: CalendarDate, acquiredOn: string | undefined): boolean {
  return acquiredOn !== undefined && acquiredOn > experienceDeadline(appointedOn);
}
