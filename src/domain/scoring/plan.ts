import type { Assessment } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import { addDays, daysBetween } from '../calendar/calendar-date';
import { deadlineStatus, experienceDeadline } from '../calendar/deadlines';
import { actionStatuses, type ActionKind, type ActionStatus, type DevelopmentAction } from '../assessment/development-action';
import { rankPriorities, type GapPriority } from './gaps';
import { isAcquired, itemStanding, standingStatus, type ItemStanding } from './scoring';
import type { Level } from '../profile/rating-scale';
/** The items that need a plan: rated and short of target, or starred experience not yet acquired (rated or not). */
export function itemsNeedingPlan(items: readonly AssessmentItem[], assessment: Assessment, defaultTarget: Level): AssessmentItem[] {
  return items.filter((item, index) => {
    if (item.kind === 'experience' && item.starred) return !isAcquired(assessment.experience[item.id]);
    return standingStatus(itemStanding(item, index, assessment, defaultTarget)) === 'below';
  });
}

/** The items some action of the plan serves, whatever its status: an item needing a plan is covered once one does. */
export function servedItemKeys(actions: readonly Pick<DevelopmentAction, 'serves'>[]): Set<string> {
  return new Set(actions.flatMap((action) => action.serves));
}

/**
 * The items an action may serve: those the self-assessment finds short, and those the chosen basis does (a reviewer
 * may find short an item the appointee rated at target), in the circular's order.
 */
export function plannableItems(items: readonly AssessmentItem[], assessment: Assessment, onBasis: Assessment, defaultTarget: Level): AssessmentItem[] {
  const short = new Set([...itemsNeedingPlan(items, assessment, defaultTarget), ...itemsNeedingPlan(items, onBasis, defaultTarget)]);
  return items.filter((item) => short.has(item));
}

/** A gap no action serves yet, with what the gap screen says of it: its size (when rated) and its deadline (when starred). */
export interface UncoveredGap {
  item: AssessmentItem;
  standing: ItemStanding;
  deadline?: GapPriority['deadline'];
}

export interface PlanWarnings {
  /** Actions for a starred experience that end after its deadline. */
  lateActions: { action: DevelopmentAction; itemKey: string; deadline: string }[];
  /**
   * Items that need a plan but no action serves, in the gap screen's priority order (rankPriorities); starred
   * experience not yet rated has no gap to rank and follows, in the circular's order.
   */
  uncovered: UncoveredGap[];
}

/** What the plan screen warns about. */
export function planWarnings(
  items: readonly AssessmentItem[],
  assessment: Assessment,
  actions: readonly DevelopmentAction[],
  input: { defaultTarget: Level; today: string },
): PlanWarnings {
  const appointedOn = assessment.appointee.appointedOn;
  const deadline = experienceDeadline(appointedOn);
  const starredKeys = new Set(items.filter((item) => item.kind === 'experience' && item.starred).map((item) => item.key));
  const lateActions = actions.flatMap((action) =>
    action.status === 'done' || action.targetOn <= deadline
      ? []
      : action.serves.filter((key) => starredKeys.has(key)).map((itemKey) => ({ action, itemKey, deadline })),
  );
  const served = servedItemKeys(actions);
  const open = new Set(
    itemsNeedingPlan(items, assessment, input.defaultTarget)
      .filter((item) => !served.has(item.key))
      .map((item) => item.key),
  );
  const standings = items.map((item, index) => itemStanding(item, index, assessment, input.defaultTarget));
  const ranked: UncoveredGap[] = rankPriorities(standings, { appointedOn, today: input.today })
    .filter(({ standing }) => open.has(standing.item.key))
    .map(({ standing, deadline: due }) => ({ item: standing.item, standing, ...(due ? { deadline: due } : {}) }));
  const rankedKeys = new Set(ranked.map((gap) => gap.item.key));
  const unrated: UncoveredGap[] = standings
    .filter((standing) => open.has(standing.item.key) && !rankedKeys.has(standing.item.key))
    .map((standing) => {
      const due = deadlineStatus({ appointedOn, today: input.today, acquired: false });
      return { item: standing.item, standing, deadline: { date: due.deadline, daysLeft: due.daysLeft, status: due.status } };
    });
  return { lateActions, uncovered: [...ranked, ...unrated] };
}

/** Where an action ends when nothing else says: six months from its start. */
const actionMonths = 182;

/** A new action for no item in particular: the user chooses what it serves (nothing is chosen for them). */
export function blankAction(today: string): Omit<DevelopmentAction, 'id' | 'description'> {
  return { kind: 'course', startOn: today, targetOn: addDays(today, actionMonths), status: 'planned', serves: [] };
}

/** A starting point for an action on `item`, for the user to edit; never added by itself. */
export function suggestAction(item: AssessmentItem, input: { appointedOn: string; today: string }): Omit<DevelopmentAction, 'id' | 'description'> {
  const sixMonths = addDays(input.today, actionMonths);
  if (item.kind === 'experience') {
    const deadline = experienceDeadline(input.appointedOn);
    // End a month before the deadline, or in six months if the deadline is far; never before today.
    const beforeDeadline = addDays(deadline, -30);
    const targetOn = daysBetween(input.today, beforeDeadline) < 0 ? addDays(input.today, 30) : beforeDeadline < sixMonths ? beforeDeadline : sixMonths;
    return { kind: item.id === 'study-visit' ? 'study-visit' : 'assignment', startOn: input.today, targetOn, status: 'planned', serves: [item.key] };
  }
  const kind: ActionKind = item.kind === 'knowledge' ? 'course' : item.kind === 'behavioural' ? 'coaching' : 'course';
  return { kind, startOn: input.today, targetOn: sixMonths, status: 'planned', serves: [item.key] };
}

/** Actions grouped by status (planned, in progress, done), each group by target date. */
export function groupActions(actions: readonly DevelopmentAction[]): { status: ActionStatus; actions: DevelopmentAction[] }[] {
  return actionStatuses.map((status) => ({
    status,
    actions: actions.filter((action) => action.status === status).sort((a, b) => a.targetOn.localeCompare(b.targetOn) || a.id.localeCompare(b.id)),
  }));
}
