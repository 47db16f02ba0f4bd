import type { Assessment } from './assessment';
import type { AssessmentItem } from './assessment-items';
import { addDays, daysBetween } from './calendar-date';
import { experienceDeadline } from './deadlines';
import { actionStatuses, type ActionKind, type ActionStatus, type DevelopmentAction } from './development-action';
import { itemStanding, standingStatus } from './scoring';
import type { Level } from './rating-scale';
/** The items that need a plan: rated and short of target, or starred experience not yet acquired (rated or not). */
export function itemsNeedingPlan(items: readonly AssessmentItem[], assessment: Assessment, defaultTarget: Level): AssessmentItem[] {
  return items.filter((item, index) => {
    if (item.kind === 'experience' && item.starred) return assessment.experience[item.id]?.status !== 'yes';
    return standingStatus(itemStanding(item, index, assessment, defaultTarget)) === 'below';
  });
}

export interface PlanWarnings {
  /** Actions for a starred experience that end after its deadline. */
  lateActions: { action: DevelopmentAction; itemKey: string; deadline: string }[];
  /** Items that need a plan but no action serves. */
  uncovered: AssessmentItem[];
}

/** What the plan screen warns about. */
export function planWarnings(items: readonly AssessmentItem[], assessment: Assessment, actions: readonly DevelopmentAction[], defaultTarget: Level): PlanWarnings {
  const deadline = experienceDeadline(assessment.appointee.appointedOn);
  const starredKeys = new Set(items.filter((item) => item.kind === 'experience' && item.starred).map((item) => item.key));
  const lateActions = actions.flatMap((action) =>
    action.status === 'done' || action.targetOn <= deadline ? [] : action.serves.filter((key) => starredKeys.has(key)).map((itemKey) => ({ action, itemKey, deadline })),
  );
  const served = new Set(actions.flatMap((action) => action.serves));
  return { lateActions, uncovered: itemsNeedingPlan(items, assessment, defaultTarget).filter((item) => !served.has(item.key)) };
}

/** A starting point for an action on `item`, for the user to edit; never added by itself. */
export function suggestAction(item: AssessmentItem, input: { appointedOn: string; today: string }): Omit<DevelopmentAction, 'id' | 'description'> {
  const sixMonths = addDays(input.today, 182);
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
