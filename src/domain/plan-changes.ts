import type { DevelopmentAction } from './development-action';

/**
 * The assistant's plan changes, action by action (new, changed, removed), and applying the accepted ones: pure, and
 * apart from reading hand-off files (plan-handoff.ts), so the store can apply changes without loading file parsing.
 */
export const actionFields = ['kind', 'description', 'startOn', 'targetOn', 'status', 'serves'] as const;
export type ActionField = (typeof actionFields)[number];

/** One change the assistant made, as the appointee sees it against their plan now. */
export type PlanChange =
  | { kind: 'new'; id: string; action: DevelopmentAction; /** the appointee had deleted it since */ deletedHere: boolean }
  | { kind: 'changed'; id: string; before: DevelopmentAction; after: DevelopmentAction; fields: ActionField[]; /** the appointee changed it too */ changedHere: boolean }
  | { kind: 'removed'; id: string; action: DevelopmentAction; changedHere: boolean };

/** The fields in which two versions of an action differ. */
export function changedFields(a: DevelopmentAction, b: DevelopmentAction): ActionField[] {
  return actionFields.filter((field) => JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null));
}

const same = (a: DevelopmentAction, b: DevelopmentAction) => changedFields(a, b).length === 0;

/**
 * The assistant's changes, action by action, by a three-way comparison: base (received), ours (the appointee's
 * plan now), theirs (the hand-off). Only what the assistant changed is listed; the appointee's own edits since
 * are never undone unless they accept a change that touches the same action (then flagged). Nothing outside the
 * plan is compared, so self-ratings cannot change.
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
    else if (!same(current, after)) changes.push({ kind: 'changed', id: after.id, before: current, after, fields: changedFields(current, after), changedHere: original !== undefined && !same(original, current) });
  }
  for (const original of base) {
    const current = oursById.get(original.id);
    if (!theirsById.has(original.id) && current) changes.push({ kind: 'removed', id: original.id, action: current, changedHere: !same(original, current) });
  }
  return changes;
}

/** The appointee's plan with the accepted changes applied; rejected ones leave it as it is. */
export function applyPlanChanges(ours: readonly DevelopmentAction[], changes: readonly PlanChange[], accepted: ReadonlySet<string>): DevelopmentAction[] {
  const chosen = changes.filter((change) => accepted.has(change.id));
  const removed = new Set(chosen.flatMap((change) => (change.kind === 'removed' ? [change.id] : [])));
  const replaced = new Map(chosen.flatMap((change) => (change.kind === 'changed' ? [[change.id, change.after] as const] : [])));
  const added = chosen.flatMap((change) => (change.kind === 'new' ? [change.action] : []));
  return [...ours.filter((action) => !removed.has(action.id)).map((action) => replaced.get(action.id) ?? action), ...added];
}
