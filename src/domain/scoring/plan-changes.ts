import { targetBeforeStart, type DevelopmentAction } from '../assessment/development-action';

/**
 * The assistant's plan changes (new actions, removed ones, and each field of a changed one) and applying the accepted
 * ones: pure, and apart from reading hand-off files (plan-handoff.ts), so the store can apply changes without loading
 * file parsing.
 */
export const actionFields = ['kind', 'description', 'startOn', 'targetOn', 'status', 'serves', 'resourceId', 'hours', 'link'] as const;
export type ActionField = (typeof actionFields)[number];

/** One field the assistant changed: `both` when the appointee changed it too since sending, to something else. */
export interface FieldChange {
  field: ActionField;
  both: boolean;
}

/** One change the assistant made, as the appointee sees it against their plan now. */
export type PlanChange =
  | { kind: 'new'; id: string; action: DevelopmentAction; /** the appointee had deleted it since */ deletedHere: boolean }
  | {
      kind: 'changed';
      id: string;
      /** The action as sent, as the appointee has it now, and as the assistant left it. */
      base: DevelopmentAction;
      ours: DevelopmentAction;
      theirs: DevelopmentAction;
      /** Only the fields the assistant changed and the appointee's plan does not already hold as the assistant left them. */
      fields: FieldChange[];
    }
  | { kind: 'removed'; id: string; action: DevelopmentAction; changedHere: boolean };

const valueOf = (action: DevelopmentAction, field: ActionField) => JSON.stringify(action[field] ?? null);
const differ = (a: DevelopmentAction, b: DevelopmentAction, field: ActionField) => valueOf(a, field) !== valueOf(b, field);

/** The fields in which two versions of an action differ. */
export function changedFields(a: DevelopmentAction, b: DevelopmentAction): ActionField[] {
  return actionFields.filter((field) => differ(a, b, field));
}

const same = (a: DevelopmentAction, b: DevelopmentAction) => changedFields(a, b).length === 0;

/** The key of one Accept / Reject choice: a new or removed action by its id, a changed one field by field. */
export function choiceKey(id: string, field?: ActionField): string {
  return field ? `${id}/${field}` : id;
}

/** Every choice the changes offer, in their order. */
export function choiceKeys(changes: readonly PlanChange[]): string[] {
  return changes.flatMap((change) => (change.kind === 'changed' ? change.fields.map(({ field }) => choiceKey(change.id, field)) : [choiceKey(change.id)]));
}

/**
 * The assistant's changes by a three-way comparison: base (the plan as sent), ours (the appointee's plan now), theirs
 * (the hand-off). Each field of a changed action is the assistant's change only if it differs from the plan as sent,
 * so the appointee's own edits since are never shown as the assistant's nor undone by accepting another field; where
 * both changed one field, both sides are given (`both`). Nothing outside the plan is compared, so self-ratings cannot
 * change.
 */
export function planChanges(base: readonly DevelopmentAction[], ours: readonly DevelopmentAction[], theirs: readonly DevelopmentAction[]): PlanChange[] {
  const baseById = new Map(base.map((action) => [action.id, action]));
  const oursById = new Map(ours.map((action) => [action.id, action]));
  const theirsById = new Map(theirs.map((action) => [action.id, action]));
  const changes: PlanChange[] = [];
  for (const after of theirs) {
    const original = baseById.get(after.id);
    const current = oursById.get(after.id);
    if (original && same(original, after)) continue; // the assistant left it alone
    if (!current) changes.push({ kind: 'new', id: after.id, action: after, deletedHere: original !== undefined });
    else {
      // An action new on both sides (the same id: the same file applied before) counts from the appointee's copy.
      const sent = original ?? current;
      const fields = actionFields
        .filter((field) => differ(sent, after, field) && differ(current, after, field))
        .map((field) => ({ field, both: differ(sent, current, field) }));
      if (fields.length > 0) changes.push({ kind: 'changed', id: after.id, base: sent, ours: current, theirs: after, fields });
    }
  }
  for (const original of base) {
    const current = oursById.get(original.id);
    if (!theirsById.has(original.id) && current) changes.push({ kind: 'removed', id: original.id, action: current, changedHere: !same(original, current) });
  }
  return changes;
}

/** `action` with the accepted fields of `change` as the assistant left them. */
function patched(action: DevelopmentAction, change: Extract<PlanChange, { kind: 'changed' }>, accepted: ReadonlySet<string>): DevelopmentAction {
  const taken = new Set(change.fields.filter(({ field }) => accepted.has(choiceKey(change.id, field))).map(({ field }) => field));
  // Each field from the side chosen; a field the chosen side leaves out (an optional one cleared) is left out.
  const entries = actionFields.flatMap((field) => {
    const value = taken.has(field) ? change.theirs[field] : action[field];
    return value === undefined ? [] : [[field, structuredClone(value)] as const];
  });
  return { id: action.id, ...Object.fromEntries(entries) } as DevelopmentAction;
}

/** The appointee's plan with the accepted changes applied, field by field; rejected ones leave it as it is. */
export function applyPlanChanges(ours: readonly DevelopmentAction[], changes: readonly PlanChange[], accepted: ReadonlySet<string>): DevelopmentAction[] {
  const removed = new Set(changes.flatMap((change) => (change.kind === 'removed' && accepted.has(choiceKey(change.id)) ? [change.id] : [])));
  const changedById = new Map(changes.flatMap((change) => (change.kind === 'changed' ? [[change.id, change] as const] : [])));
  const present = new Set(ours.map((action) => action.id));
  const added = changes.flatMap((change) => (change.kind === 'new' && accepted.has(choiceKey(change.id)) && !present.has(change.id) ? [change.action] : []));
  return [
    ...ours
      .filter((action) => !removed.has(action.id))
      .map((action) => {
        const change = changedById.get(action.id);
        return change ? patched(action, change, accepted) : action;
      }),
    ...added,
  ];
}

/** The actions the accepted choices would leave with a target date before their start (a start taken from one side, a target from the other). */
export function mixedDates(ours: readonly DevelopmentAction[], changes: readonly PlanChange[], accepted: ReadonlySet<string>): DevelopmentAction[] {
  const touched = new Set(changes.flatMap((change) => (change.kind === 'changed' ? [change.id] : [])));
  return applyPlanChanges(ours, changes, accepted).filter((action) => touched.has(action.id) && targetBeforeStart(action));
}
