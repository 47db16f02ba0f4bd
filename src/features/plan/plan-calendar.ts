import { actionKindName, actionStatusName } from '../../i18n/action-names';
import type { Assessment } from '../../domain/assessment/assessment';
import { itemLabelOf, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { experienceDeadline } from '../../domain/calendar/deadlines';
import { buildCalendar, type CalendarEvent } from '../../domain/calendar/ics';
import type { Language } from '../../domain/shared/localized-text';
import { translatePlan } from './messages';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { isAcquired } from '../../domain/scoring/scoring';

const uidDomain = 'cio-skills-compass';

/**
 * The plan as a calendar: one all-day event per starred-experience deadline not yet met (reminder 90 days
 * before) and one per action not yet done, on its target date. UIDs come from the assessment and item or action
 * ids, so the same file imported again updates its events.
 */
export function planCalendar(input: { assessment: Assessment; title: string; items: readonly AssessmentItem[]; language: Language; now: Date }): string {
  const { assessment, items, language } = input;
  const text = translatePlan(language);
  const itemName = (key: string) => itemLabelOf(items, key, language);
  const deadline = experienceDeadline(assessment.appointee.appointedOn);
  const deadlines: CalendarEvent[] = items.flatMap((item) =>
    item.kind === 'experience' && item.starred && !isAcquired(assessment.experience[item.id])
      ? [
          {
            uid: `deadline-${assessment.id}-${item.id}@${uidDomain}`,
            date: deadline,
            summary: text('plan.deadlineEvent', { item: itemName(item.key) }),
            description: text('plan.deadlineDescription', { appointed: formatLongDate(assessment.appointee.appointedOn, language) }),
            remindDaysBefore: 90,
          },
        ]
      : [],
  );
  const actions: CalendarEvent[] = (assessment.actions ?? [])
    .filter((action) => action.status !== 'done')
    .map((action) => ({
      uid: `action-${assessment.id}-${action.id}@${uidDomain}`,
      date: action.targetOn,
      summary: text('plan.actionEvent', { kind: actionKindName(text, action.kind), description: action.description }),
      description: text('plan.actionDescription', { items: action.serves.map(itemName).join('; '), status: actionStatusName(text, action.status) }),
    }));
  return buildCalendar({ name: text('plan.calendarName', { title: input.title }), events: [...deadlines, ...actions], now: input.now });
}
