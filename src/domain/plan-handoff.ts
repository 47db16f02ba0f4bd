import { z } from 'zod/mini';
import { timestampSchema } from './calendar-date';
import type { Assessment } from './assessment';
import { checkTarget, readExchangeFile, type FileReading } from './exchange-file';
import { developmentActionSchema, type DevelopmentAction } from './plan';
import { exchangeIdSchema } from './review-schema';
import { roleProfileIdSchema } from './role-profile';

export const planHandoffFormat = 'cio-skills-compass-plan-handoff';
export const planHandoffSchemaVersion = 1;

/**
 * An assistant's edits of a development plan: the plan as the assistant received it (`base`) and as they left it
 * (`actions`), so that the appointee's app can tell the assistant's changes from the appointee's own.
 */
export const planHandoffSchema = z.strictObject({
  format: z.literal(planHandoffFormat),
  schemaVersion: z.int().check(z.gte(1)),
  appVersion: z.string().check(z.maxLength(40)),
  exportedAt: timestampSchema,
  handoffId: exchangeIdSchema,
  assessmentId: exchangeIdSchema,
  profileId: roleProfileIdSchema,
  base: z.array(developmentActionSchema),
  actions: z.array(developmentActionSchema),
});
export type PlanHandoff = z.infer<typeof planHandoffSchema>;

/** The hand-off file of `assessment`'s plan now, against the plan as it was received (`base`). */
export function createPlanHandoff(assessment: Assessment, base: readonly DevelopmentAction[], input: { handoffId: string; appVersion: string; now: string }): PlanHandoff {
  return {
    format: planHandoffFormat,
    schemaVersion: planHandoffSchemaVersion,
    appVersion: input.appVersion,
    exportedAt: input.now,
    handoffId: input.handoffId,
    assessmentId: assessment.id,
    profileId: assessment.profileId,
    base: [...base],
    actions: [...(assessment.actions ?? [])],
  };
}

const handoffKind = { th: 'ไฟล์ส่งต่อแผนพัฒนาของเข็มทิศทักษะดิจิทัล CIO', en: 'a CIO Skills Compass plan hand-off' };

/** Reads a hand-off file for `assessment`: refuses another role, another assessment, a newer version. */
export function parsePlanHandoffFor(text: string, assessment: Assessment): FileReading<PlanHandoff> {
  const reading = readExchangeFile(text, planHandoffFormat, handoffKind, planHandoffSchemaVersion, planHandoffSchema);
  return reading.ok ? checkTarget(reading.data, assessment, reading.data) : reading;
}

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
