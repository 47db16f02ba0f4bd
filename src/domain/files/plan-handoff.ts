import { z } from 'zod/mini';
import { timestampSchema } from '../calendar/calendar-date';
import type { Assessment } from '../assessment/assessment';
import { actionsProblem } from './content-checks';
import { readExchangeFile, refuse, type ExchangeKind, type FileReading } from './exchange-file';
import type { PlanChange } from '../scoring/plan-changes';
import { developmentActionSchema, type DevelopmentAction } from '../assessment/development-action';
import { exchangeIdSchema } from '../assessment/review-schema';
import type { ProfileKeys } from './profile-keys';
import { fileFormats } from './file-formats';
import { roleProfileIdSchema } from '../profile/role-profile';

export const planHandoffFormat = fileFormats.handoff;
/** Version 2: an action may carry a catalogue resource, hours and a link. Version 3: who sent it (`sender`). */
export const planHandoffSchemaVersion = 3;

/** Who made a hand-off: the assistant's name and position, as they typed them (files before version 3 have none). */
export const handoffSenderSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  position: z.string().check(z.trim(), z.maxLength(200)),
});
export type HandoffSender = z.infer<typeof handoffSenderSchema>;

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
  /** Who sent it; a file of version 3 on always says, an older one cannot ("sender not stated"). */
  sender: z.optional(handoffSenderSchema),
  assessmentId: exchangeIdSchema,
  profileId: roleProfileIdSchema,
  base: z.array(developmentActionSchema),
  actions: z.array(developmentActionSchema),
});
export type PlanHandoff = z.infer<typeof planHandoffSchema>;

/** The hand-off file of `assessment`'s plan now, against the plan as it was received (`base`). */
export function createPlanHandoff(
  assessment: Assessment,
  base: readonly DevelopmentAction[],
  input: { handoffId: string; appVersion: string; now: string; sender: HandoffSender },
): PlanHandoff {
  return {
    format: planHandoffFormat,
    schemaVersion: planHandoffSchemaVersion,
    appVersion: input.appVersion,
    exportedAt: input.now,
    handoffId: input.handoffId,
    sender: input.sender,
    assessmentId: assessment.id,
    profileId: assessment.profileId,
    base: [...base],
    actions: [...(assessment.actions ?? [])],
  };
}

const handoffKind: ExchangeKind<PlanHandoff> = {
  format: planHandoffFormat,
  notOfKind: 'problem.exchange.notAHandoff',
  version: planHandoffSchemaVersion,
  schema: planHandoffSchema,
};

/**
 * Reads a hand-off file for `assessment`, whose role profile has `profile`'s keys: refuses another role, another
 * assessment, a newer version, and a plan (as received or as edited) with two actions of one id, an action serving
 * an item the profile does not have, a target before its start, or more actions than a file may hold.
 */
export function parsePlanHandoffFor(text: string, assessment: Assessment, profile: ProfileKeys): FileReading<PlanHandoff> {
  return readExchangeFile(text, handoffKind, {
    target: { assessment, of: (handoff) => handoff },
    content: (handoff) =>
      (handoff.schemaVersion >= 3 && !handoff.sender ? refuse('invalid', 'problem.exchange.senderMissing', undefined, 'sender').refusal : null) ??
      actionsProblem(handoff.base, profile, 'base') ??
      actionsProblem(handoff.actions, profile, 'actions'),
  });
}

/** What a hand-off changes, counted: new and removed actions, and the fields changed of the actions changed. */
export interface HandoffCounts {
  added: number;
  removed: number;
  changedActions: number;
  changedFields: number;
}

/** The counts of `changes` (planChanges of a hand-off), for the summary shown before anything is applied or sent. */
export function handoffCounts(changes: readonly PlanChange[]): HandoffCounts {
  const changed = changes.filter((change) => change.kind === 'changed');
  return {
    added: changes.filter((change) => change.kind === 'new').length,
    removed: changes.filter((change) => change.kind === 'removed').length,
    changedActions: changed.length,
    changedFields: changed.reduce((sum, change) => sum + change.fields.length, 0),
  };
}
