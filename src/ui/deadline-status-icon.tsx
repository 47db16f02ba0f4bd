import type { DeadlineStatus } from '../domain/calendar/deadlines';
import { Icon, type IconName } from './icon';

/** The one symbol of each deadline status, wherever a status is shown (screen, chart table, printout). */
export const deadlineStatusIcon: Record<DeadlineStatus, IconName> = {
  acquired: 'check',
  'on-track': 'circle',
  'due-soon': 'clock',
  overdue: 'alert',
};

export function DeadlineStatusIcon({ status }: { status: DeadlineStatus }) {
  return <Icon name={deadlineStatusIcon[status]} />;
}
