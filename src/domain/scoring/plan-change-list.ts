import { targetBeforeStart, type DevelopmentAction } from '../assessment/development-action';
import { actionFields, applyPlanChanges, choiceKey, type ActionField, type PlanChange } from './plan-changes';

// Finding the assistant's changes, apart from plan-changes.ts: the store, which loads with the first screen, only
// applies them (applyPlanChanges); this loads with the reviews screen.

const valueOf = (action: DevelopmentAction, field: ActionField) => JSON.stringify(action[field] ?? null);
const differ = (a: DevelopmentAction, b: DevelopmentAction, field: ActionField) => valueOf(a, field) !== valueOf(b, field);

/** The fields in which two versions of an action differ. */
export function changedFields(a: DevelopmentAction, b: DevelopmentAction): ActionField[] {
  return actionFields.filter((field) => differ(a, b, field));
}

const same = (a: DevelopmentAction, b: DevelopmentAction) => changedFields(a, b).length === 0;

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

/** The actions the accepted choices would leave with a target date before their start (a start taken from one side, a target from the other). */
export function mixedDates(ours: readonly DevelopmentAction[], changes: readonly PlanChange[], accepted: ReadonlySet<string>): DevelopmentAction[] {
  const touched = new Set(changes.flatMap((change) => (change.kind === 'changed' ? [change.id] : [])));
  return applyPlanChanges(ours, changes, accepted).filter((action) => touched.has(action.id) && targetBeforeStart(action));
}
