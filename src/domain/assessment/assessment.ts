import { z } from 'zod/mini';
import { calendarDateSchema, timestampSchema } from '../calendar/calendar-date';
import { developmentActionSchema } from './development-action';
import { experienceStatusSchema, levelSchema } from '../profile/rating-scale';
import { gapBasisSchema, reviewSchema, sentRequestSchema } from './review-schema';
import { roleProfileIdSchema } from '../profile/role-profile';

export const noteMaxLength = 2000;
/** The longest name, position or agency; the form's boxes take no more (maxLength), so the limit never surprises on save. */
export const appointeeTextMaxLength = 200;
export const titleMaxLength = 120;
export const evidenceMaxLength = 500;
const noteSchema = z.string().check(z.maxLength(noteMaxLength));

/** The key of a rated item: its kind and its code or id, e.g. `unit:DG100`, `criterion:SPM304.1`, `knowledge:agile`. */
export const ratingKeySchema = z.string().check(z.regex(/^(unit|criterion|knowledge|behavioural):[A-Za-z0-9.-]{1,64}$/));
export type RatingKey = z.infer<typeof ratingKeySchema>;

/** A self-rating on the 0–4 scale; no `level` means not yet rated (never 0). No `target` means the default. */
export const proficiencyRatingSchema = z.strictObject({
  level: z.optional(levelSchema),
  target: z.optional(levelSchema),
  note: z.optional(noteSchema),
});
export type ProficiencyRating = z.infer<typeof proficiencyRatingSchema>;

export const experienceRecordSchema = z.strictObject({
  status: z.optional(experienceStatusSchema),
  acquiredOn: z.optional(calendarDateSchema),
  evidence: z.optional(z.string().check(z.maxLength(evidenceMaxLength))),
  note: z.optional(noteSchema),
});
export type ExperienceRecord = z.infer<typeof experienceRecordSchema>;

const shortTextSchema = z.string().check(z.trim(), z.maxLength(appointeeTextMaxLength));

/** Who is assessed. The name may be empty (an anonymous report); the appointment date drives the deadlines. */
export const appointeeSchema = z.strictObject({
  name: shortTextSchema,
  position: shortTextSchema.check(z.minLength(1)),
  agency: shortTextSchema.check(z.minLength(1)),
  appointedOn: calendarDateSchema,
  assessedOn: calendarDateSchema,
});
export type Appointee = z.infer<typeof appointeeSchema>;

/**
 * An assessment dated before the appointment: warned about, never refused (an appointment may be dated ahead and
 * assessed before it). The one home of that rule, for the form and for import alike.
 */
export function assessedBeforeAppointed(appointee: Pick<Appointee, 'appointedOn' | 'assessedOn'>): boolean {
  return appointee.assessedOn < appointee.appointedOn;
}

export const assessmentIdSchema = z.string().check(z.regex(/^[a-z0-9-]{6,64}$/));

/** The largest evidence file kept: 10 MB (issue 27), checked before a byte of it is read. */
export const maxEvidenceBytes = 10 * 1024 * 1024;
/** The longest evidence file name kept (a longer one is cut): the assessment's text limit. */
export const evidenceNameMaxLength = appointeeTextMaxLength;

/**
 * What an assessment keeps of one evidence file: never its bytes (they live in the browser's IndexedDB, and in a
 * backup with evidence), only what names and checks them. `attachedTo` is the key of what it supports: a rated item
 * (`unit:DG100`), an experience (`experience:<id>`) or a plan action (`action:<id>`). Here, beside the assessment,
 * with the assessment's own id and text checks: the first screen reads it (size budget).
 */
export const evidenceFileSchema = z.strictObject({
  id: assessmentIdSchema,
  attachedTo: z.string().check(z.regex(/^(unit|criterion|knowledge|behavioural|experience|action):[A-Za-z0-9.-]{1,64}$/)),
  name: shortTextSchema.check(z.minLength(1)),
  size: z.int().check(z.gte(1), z.lte(maxEvidenceBytes)),
  addedAt: timestampSchema,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

const ratingsSchema = z.record(ratingKeySchema, proficiencyRatingSchema);
const experienceRecordsSchema = z.record(z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)), experienceRecordSchema);

/** An earlier round of the same assessment, kept read-only when a new round starts. */
export const roundSchema = z.strictObject({
  number: z.int().check(z.gte(1)),
  assessedOn: calendarDateSchema,
  ratings: ratingsSchema,
  experience: experienceRecordsSchema,
  closedAt: timestampSchema,
  /** The reviews of this round, kept with it when the next round started without them (added in storage version 8). */
  reviews: z.optional(z.array(reviewSchema)),
});
export type Round = z.infer<typeof roundSchema>;

export const assessmentSchema = z.strictObject({
  id: assessmentIdSchema,
  /** The name the user gave it; without one, it is called by its role and date in the current language. */
  title: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(titleMaxLength))),
  profileId: roleProfileIdSchema,
  appointee: appointeeSchema,
  ratings: ratingsSchema,
  experience: experienceRecordsSchema,
  /** The development plan (added in storage version 3). */
  actions: z.optional(z.array(developmentActionSchema)),
  /** Earlier rounds, oldest first; the ratings above are the current round (added in storage version 3). */
  rounds: z.optional(z.array(roundSchema)),
  /** Reviews by others (supervisor, assistant, HR), oldest first. Optional, read as [] when absent: no migration. */
  reviews: z.optional(z.array(reviewSchema)),
  /** Review requests this app exported, oldest first, with what each asked about (added in storage version 5). */
  requests: z.optional(z.array(sentRequestSchema)),
  /** The figures the gaps, the plan and the report use; the self-assessment when absent (added in storage version 6). */
  gapBasis: z.optional(gapBasisSchema),
  /** What names and checks each evidence file attached to an item, experience or action; the bytes are in IndexedDB (storage version 9). */
  evidence: z.optional(z.array(evidenceFileSchema)),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** A new, fully unrated assessment. */
export function createAssessment(input: { id: string; title?: string; profileId: Assessment['profileId']; appointee: Appointee; now: string }): Assessment {
  return {
    id: input.id,
    ...(input.title ? { title: input.title } : {}),
    profileId: input.profileId,
    appointee: input.appointee,
    ratings: {},
    experience: {},
    createdAt: input.now,
    updatedAt: input.now,
  };
}
