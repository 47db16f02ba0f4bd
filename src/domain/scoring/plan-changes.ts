import type { DevelopmentAction } from '../assessment/development-action';

/**
 * The assistant's plan changes (new actions, removed ones, and each field of a changed one) and applying the accepted
 * ones: pure, and apart from reading hand-off files (plan-handoff.ts), so the store can apply changes without loading
 * file parsing. Finding the changes (plan-change-list.ts) is apart too: the store, which loads with the first screen,
 * only applies them.
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

/** The key of one Accept / Reject choice: a new or removed action by its id, a changed one field by field. */
export function choiceKey(id: string, field?: ActionField): string {
  return field ? `${id}/${field}` : id;
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
