import { z } from 'zod/mini';
import { calendarDateSchema, timestampSchema } from '../calendar/calendar-date';
import { experienceStatusSchema, levelSchema } from '../profile/rating-scale';
import { roleProfileIdSchema } from '../profile/role-profile';

// This file imports nothing of assessment.ts, which keeps the reviews it defines: no import cycle. It holds only what
// an assessment keeps, since it loads with the first screen; the files' envelopes are in review.ts.
/** Ids of requests, reviews, hand-offs and assessments: the same shape as the app's other ids. */
export const exchangeIdSchema = z.string().check(z.regex(/^[a-z0-9-]{6,64}$/));
export const fingerprintSchema = z.string().check(z.regex(/^fnv1a64:[0-9a-f]{16}$/));
const commentSchema = z.string().check(z.trim(), z.maxLength(2000));
const shortTextSchema = z.string().check(z.trim(), z.maxLength(200));
/** An overall opinion, at any level of the chain. */
const opinionTextSchema = z.string().check(z.trim(), z.maxLength(4000));
// Any short key has the shape; keys the assessment's role profile does not have are refused on import (content-checks.ts).
const itemKeySchema = z.string().check(z.minLength(1), z.maxLength(80));

export const reviewerSchema = z.strictObject({
  name: shortTextSchema.check(z.minLength(1)),
  position: shortTextSchema.check(z.minLength(1)),
  reviewedOn: calendarDateSchema,
});
export type Reviewer = z.infer<typeof reviewerSchema>;

export const reviewItemSchema = z.strictObject({ level: z.optional(levelSchema), comment: z.optional(commentSchema) });
export const reviewExperienceSchema = z.strictObject({ status: z.optional(experienceStatusSchema), comment: z.optional(commentSchema) });

/** A level's verdict on the self-assessment: agree, partly agree, or disagree (with its opinion in words beside it). */
export const verdicts = ['agree', 'partly', 'disagree'] as const;
export type Verdict = (typeof verdicts)[number];
export const verdictSchema = z.enum(verdicts);

/** Who signed one step of a review's chain, in what position, and on what day. */
export const signedSchema = z.strictObject({ name: reviewerSchema.shape.name, position: reviewerSchema.shape.position, signedOn: calendarDateSchema });
export type Signed = z.infer<typeof signedSchema>;

/** A later level's opinion on a review: who, the verdict, the opinion, and (storage version 11) a comment on the plan. */
export const opinionSchema = z.strictObject({
  ...signedSchema.shape,
  verdict: verdictSchema,
  opinion: opinionTextSchema,
  planComment: z.optional(commentSchema),
});
export type Opinion = z.infer<typeof opinionSchema>;

/**
 * The sequence the request named (the first level rates: the reviewer) and the opinions of the levels after it, in
 * order (`opinions[0]` is `levels[1]`'s).
 */
export const chainSchema = z.strictObject({
  levels: z.array(shortTextSchema.check(z.minLength(1))).check(z.minLength(1), z.maxLength(5)),
  opinions: z.array(opinionSchema).check(z.maxLength(4)),
});
export type Chain = z.infer<typeof chainSchema>;

/** A reviewer's view of one assessment, as kept on that assessment (several per assessment). */
export const reviewSchema = z.strictObject({
  /** Stays the same when the reviewer exports again: a second import of it replaces the first. */
  id: exchangeIdSchema,
  requestId: exchangeIdSchema,
  assessmentId: exchangeIdSchema,
  profileId: roleProfileIdSchema,
  /** The fingerprint of the self-ratings as the request carried them (not a signature). */
  fingerprint: fingerprintSchema,
  exportedAt: timestampSchema,
  reviewer: reviewerSchema,
  ratings: z.record(itemKeySchema, reviewItemSchema),
  experience: z.record(itemKeySchema, reviewExperienceSchema),
  overall: opinionTextSchema,
  plan: z.strictObject({ agreed: z.boolean(), comment: z.optional(commentSchema) }),
  /** The reviewer's verdict on the self-assessment (files of version 2 on). */
  verdict: z.optional(verdictSchema),
  /** The levels the request named and the later levels' opinions (a request of version 3 on names them). */
  chain: z.optional(chainSchema),
  /** The appointee's acknowledgement (ลงชื่อรับทราบ), then HR's receipt: recorded in the appointee's app. */
  acknowledged: z.optional(signedSchema),
  received: z.optional(signedSchema),
});
export type Review = z.infer<typeof reviewSchema>;

/**
 * What a reviewer was asked to judge, normalised so that equal meaning is equal data: each self-rating level and
 * target (a target equal to the default is left out, as unset), each experience status. Notes, evidence and the plan
 * are not part of it (fingerprint.ts).
 */
export const askedRatingsSchema = z.strictObject({
  ratings: z.record(itemKeySchema, z.strictObject({ level: z.optional(levelSchema), target: z.optional(levelSchema) })),
  experience: z.record(itemKeySchema, experienceStatusSchema),
});
export type AskedRatings = z.infer<typeof askedRatingsSchema>;

/**
 * A review request as the appointee's app keeps it when it exports one: when, whether the self-ratings went, and
 * what was asked about, so that a review coming back can say which items changed since, from what to what.
 */
export const sentRequestSchema = z.strictObject({
  id: exchangeIdSchema,
  exportedAt: timestampSchema,
  selfRatingsShown: z.boolean(),
  asked: askedRatingsSchema,
});
export type SentRequest = z.infer<typeof sentRequestSchema>;

/** The figures the gap screen, the plan and the report use: the self-ratings, a reviewer's, or the lower of the two. */
export const basisViews = ['self', 'reviewer', 'lower'] as const;
export type BasisView = (typeof basisViews)[number];

/**
 * The basis the user chose for one assessment, kept with it: the view, and the review it is read against (none: the
 * latest). Without a review every view is the self-assessment.
 */
export const gapBasisSchema = z.strictObject({ view: z.enum(basisViews), reviewId: z.optional(exchangeIdSchema) });
export type GapBasis = z.infer<typeof gapBasisSchema>;
