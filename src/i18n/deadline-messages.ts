import type { DeadlineStatus } from '../domain/calendar/deadlines';
import type { Messages, MessageParams } from './translate';

/**
 * A starred experience's deadline in words, Thai first: its status and the days left or past, one wording for the
 * rating, gap, plan, report and organisation screens (merged into their messages; worded with the two functions
 * below), none on the first screen.
 */
const th = {
  'deadline.status.acquired': 'มีแล้ว',
  'deadline.status.on-track': 'ยังอยู่ในกำหนด',
  'deadline.status.due-soon': 'ใกล้ครบกำหนด',
  'deadline.status.overdue': 'เกินกำหนด',
  'deadline.daysLeft': 'เหลือ {days} วัน',
  'deadline.daysPast': 'เกินมา {days} วัน',
  'deadline.overdueBy': 'เกินกำหนด {days} วัน',
  'deadline.daysLeftHeading': 'วันที่เหลือ',
} as const;

const en: Record<keyof typeof th, string> = {
  'deadline.status.acquired': 'acquired',
  'deadline.status.on-track': 'on track',
  'deadline.status.due-soon': 'due soon',
  'deadline.status.overdue': 'overdue',
  'deadline.daysLeft': '{days, plural, one {# day} other {# days}} left',
  'deadline.daysPast': '{days, plural, one {# day} other {# days}} past',
  'deadline.overdueBy': 'overdue by {days, plural, one {# day} other {# days}}',
  'deadline.daysLeftHeading': 'Days left',
};

export type DeadlineMessageKey = keyof typeof th;
export const deadlineMessages: Messages<DeadlineMessageKey> = { th, en };

/** A feature's messages with the deadlines' words. */
export function withDeadlineMessages<Key extends string>(feature: Messages<Key>): Messages<Key | DeadlineMessageKey> {
  // As mergeMessages does; written out so that this module needs nothing of the translator at run time (the
  // organisation's CSVs load it on their own, on the first export).
  return { th: { ...deadlineMessages.th, ...feature.th }, en: { ...deadlineMessages.en, ...feature.en } };
}

type WordsBy = (key: DeadlineMessageKey, params?: MessageParams) => string;

/** A deadline's status in words: acquired, on track, due soon, overdue. */
export function deadlineStatusName(t: WordsBy, status: DeadlineStatus): string {
  return t(`deadline.status.${status}`);
}

/** The days to a deadline in words: "12 days left", or "3 days past" once it has gone. */
export function daysLeftText(t: WordsBy, daysLeft: number): string {
  return daysLeft < 0 ? t('deadline.daysPast', { days: -daysLeft }) : t('deadline.daysLeft', { days: daysLeft });
}
