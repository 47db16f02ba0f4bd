import { z } from 'zod/mini';
import { isTimestampInFuture, localCalendarDateOf, timestampSchema } from '../calendar/calendar-date';
import { appointeeSchema, experienceRecordSchema, proficiencyRatingSchema, ratingKeySchema, type Appointee, type Assessment } from '../assessment/assessment';
import { actionsProblem, recordsProblem, reviewProblem } from './content-checks';
import { readExchangeFile, refuse, type ExchangeKind, type FileReading, type Refusal } from './exchange-file';
import { assessmentFingerprint } from './fingerprint';
import type { Level } from '../profile/rating-scale';
import { developmentActionSchema } from '../assessment/development-action';
import { chainSchema, exchangeIdSchema, fingerprintSchema, reviewerSchema, reviewSchema, type Review } from '../assessment/review-schema';
import { awaitsReceipt, nextLevel } from './review-chain';
import { fileFormats } from './file-formats';
import type { ProfileKeys, ProfileKeysById } from './profile-keys';
import { roleProfileIdSchema } from '../profile/role-profile';

export const reviewRequestFormat = fileFormats.request;
/**
 * Version 2: the plan's actions may carry a catalogue resource, hours and a link. Version 3: the levels that give an
 * opinion, in order (`levels`). Reviews stay at reviewSchemaVersion.
 */
export const reviewRequestSchemaVersion = 3;
export const reviewFormat = fileFormats.review;
/**
 * The schema version of reviews this app writes (review requests: reviewRequestSchemaVersion). Version 2: the
 * reviewer's verdict, the chain of opinions and, while the file passes along the chain, whom it is about (`appointee`).
 * Version 3: a later level's comment on the plan (`planComment` of an opinion).
 */
export const reviewSchemaVersion = 3;

/** The file a reviewer sends back, or passes to the next level of the chain: the review in a versioned envelope. */
export const reviewFileSchema = z.strictObject({
  format: z.literal(reviewFormat),
  schemaVersion: z.int().check(z.gte(1)),
  appVersion: z.string().check(z.maxLength(40)),
  /** Whom the review is about, so that a later level sees it (version 2 on). */
  appointee: z.optional(appointeeSchema),
  review: reviewSchema,
});
export type ReviewFile = z.infer<typeof reviewFileSchema>;

const experienceIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));

/** What the appointee sends a reviewer: one assessment, with or without the self-ratings, and its plan. */
export const reviewRequestSchema = z.strictObject({
  format: z.literal(reviewRequestFormat),
  schemaVersion: z.int().check(z.gte(1)),
  appVersion: z.string().check(z.maxLength(40)),
  exportedAt: timestampSchema,
  requestId: exchangeIdSchema,
  assessmentId: exchangeIdSchema,
  profileId: roleProfileIdSchema,
  fingerprint: fingerprintSchema,
  /** False when the appointee hid their self-ratings (and notes) so as not to anchor the reviewer. */
  selfRatingsShown: z.boolean(),
  appointee: appointeeSchema,
  ratings: z.record(ratingKeySchema, proficiencyRatingSchema),
  experience: z.record(experienceIdSchema, experienceRecordSchema),
  actions: z.array(developmentActionSchema),
  /** Who gives an opinion, in order (version 3 on): the first rates, each later one adds an opinion to the same file. */
  levels: z.optional(chainSchema.shape.levels),
});
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

/** The review request for `assessment`; without the self-ratings, only the targets go. */
export function createReviewRequest(
  assessment: Assessment,
  input: { requestId: string; selfRatingsShown: boolean; appVersion: string; now: string; defaultTarget: Level; levels?: readonly string[] },
): ReviewRequest {
  const ratings = input.selfRatingsShown
    ? assessment.ratings
    : Object.fromEntries(
        Object.entries(assessment.ratings).flatMap(([key, rating]) => (rating.target === undefined ? [] : [[key, { target: rating.target }]])),
      );
  return {
    format: reviewRequestFormat,
    schemaVersion: reviewRequestSchemaVersion,
    appVersion: input.appVersion,
    exportedAt: input.now,
    requestId: input.requestId,
    assessmentId: assessment.id,
    profileId: assessment.profileId,
    fingerprint: assessmentFingerprint(assessment, input.defaultTarget),
    selfRatingsShown: input.selfRatingsShown,
    appointee: assessment.appointee,
    ratings,
    experience: input.selfRatingsShown ? assessment.experience : {},
    actions: assessment.actions ?? [],
    ...(input.levels && input.levels.length > 0 ? { levels: [...input.levels] } : {}),
  };
}

const requestKind: ExchangeKind<ReviewRequest> = {
  format: reviewRequestFormat,
  notOfKind: 'problem.exchange.notARequest',
  version: reviewRequestSchemaVersion,
  schema: reviewRequestSchema,
};
const reviewKind: ExchangeKind<ReviewFile> = {
  format: reviewFormat,
  notOfKind: 'problem.exchange.notAReview',
  version: reviewSchemaVersion,
  schema: reviewFileSchema,
};

/**
 * Reads a review request file (refusals as in readExchangeFile), for a role this app knows, its ratings, experience
 * and plan of that role's items only (as content-checks.ts says).
 */
export function parseReviewRequest(text: string, profiles: ProfileKeysById): FileReading<ReviewRequest> {
  return readExchangeFile(text, requestKind, {
    content(request) {
      const keys = profiles.get(request.profileId);
      if (!keys) return refuse('other-role', 'problem.unknownRole', { profile: request.profileId }, 'profileId').refusal;
      return recordsProblem(request, keys, 'request') ?? actionsProblem(request.actions, keys, 'actions');
    },
  });
}

export type ReviewImport = { ok: true; review: Review; replaces: Review | null } | { ok: false; refusal: Refusal };

/**
 * Reads a review file for `assessment`, whose role profile has `profile`'s keys, at `now`. Refuses a file for
 * another role or assessment or from a newer version, a review of items the profile does not have or dated later
 * than a day's clock skew, and the same file a second time (code `duplicate`). A later export of the same review
 * replaces the earlier one; so does any export of a review kept earlier with a date in the future. A review kept with
 * an earlier round is refused (`duplicate`), so a new round's report holds only its own. Self-ratings
 * changed since the request are not refused (`changesSinceRequest` says which).
 */
export function parseReviewFor(text: string, assessment: Assessment, context: { profile: ProfileKeys; now: string }): ReviewImport {
  const reading = readExchangeFile(text, reviewKind, {
    target: { assessment, of: (file) => file.review },
    content: (file) => reviewProblem(file.review, context.profile, context.now, 'review'),
  });
  if (!reading.ok) return reading;
  const review = reading.data.review;
  // A review kept with an earlier round stays there: imported again, it would print on this round's report.
  const round = (assessment.rounds ?? []).find((candidate) => (candidate.reviews ?? []).some((kept) => kept.id === review.id));
  if (round) return refuse('duplicate', 'problem.exchange.earlierRoundReview', { round: round.number });
  const earlier = (assessment.reviews ?? []).find((candidate) => candidate.id === review.id) ?? null;
  // HR's receipt comes back on the same export (HR's app keeps its time): it is added to the review kept here.
  if (earlier && review.received && !earlier.received && earlier.exportedAt === review.exportedAt) {
    return { ok: true, review: { ...earlier, acknowledged: earlier.acknowledged ?? review.acknowledged, received: review.received }, replaces: earlier };
  }
  if (earlier && earlier.exportedAt >= review.exportedAt && !isTimestampInFuture(earlier.exportedAt, context.now)) {
    return refuse('duplicate', 'problem.exchange.duplicateReview');
  }
  return { ok: true, review, replaces: earlier };
}

/** The file a reviewer exports; with whom it is about while a later level is still to give an opinion. */
export function createReviewFile(review: Review, appVersion: string, appointee?: Appointee): ReviewFile {
  return { format: reviewFormat, schemaVersion: reviewSchemaVersion, appVersion, ...(appointee ? { appointee } : {}), review };
}

/**
 * Reads a review file passed to a later level of its chain (review mode): refusals as in readExchangeFile, a role this
 * app knows, the review's items and dates as on import, and a level left to give an opinion or, once every level has
 * and the appointee has acknowledged, HR's receipt to record (else `no-level-left`; a receipt already recorded is said).
 */
export function parseReviewToPass(text: string, profiles: ProfileKeysById, now: string): FileReading<ReviewFile> {
  return readExchangeFile(text, reviewKind, {
    content(file) {
      const keys = profiles.get(file.review.profileId);
      if (!keys) return refuse('other-role', 'problem.unknownRole', { profile: file.review.profileId }, 'review.profileId').refusal;
      const problem = reviewProblem(file.review, keys, now, 'review');
      if (problem) return problem;
      if (nextLevel(file.review) || awaitsReceipt(file.review)) return null;
      return refuse('no-level-left', file.review.received ? 'problem.exchange.receivedAlready' : 'problem.exchange.noLevelLeft', undefined, 'review.chain')
        .refusal;
    },
  });
}

/** A review in progress in the reviewer's browser, kept apart from their own assessments. */
export const reviewDraftSchema = z.strictObject({
  request: reviewRequestSchema,
  reviewId: exchangeIdSchema,
  reviewerName: z.string().check(z.maxLength(200)),
  reviewerPosition: z.string().check(z.maxLength(200)),
  reviewedOn: z.string().check(z.maxLength(10)),
  ratings: reviewSchema.shape.ratings,
  experience: reviewSchema.shape.experience,
  overall: reviewSchema.shape.overall,
  plan: reviewSchema.shape.plan,
  verdict: reviewSchema.shape.verdict,
});
export type ReviewDraft = z.infer<typeof reviewDraftSchema>;

/** A fresh draft for `request`. */
export function startReviewDraft(request: ReviewRequest, input: { reviewId: string; today: string }): ReviewDraft {
  return {
    request,
    reviewId: input.reviewId,
    reviewerName: '',
    reviewerPosition: '',
    reviewedOn: input.today,
    ratings: {},
    experience: {},
    overall: '',
    plan: { agreed: false },
  };
}

/**
 * The review a draft makes at `now`, or the fields still missing (name, position, a valid date: `reviewerSchema` says
 * which); a date after today where the reviewer is, at `now`, is refused too (`future`).
 */
export function reviewFromDraft(
  draft: ReviewDraft,
  now: string,
): { ok: true; review: Review } | { ok: false; missing: ('name' | 'position' | 'date')[]; future?: true } {
  const reviewer = reviewerSchema.safeParse({ name: draft.reviewerName, position: draft.reviewerPosition, reviewedOn: draft.reviewedOn });
  if (!reviewer.success) {
    const wrong = new Set(reviewer.error.issues.map((issue) => issue.path[0]));
    return { ok: false, missing: (['name', 'position', 'date'] as const).filter((field) => wrong.has(field === 'date' ? 'reviewedOn' : field)) };
  }
  if (reviewer.data.reviewedOn > localCalendarDateOf(now)) return { ok: false, missing: ['date'], future: true };
  const candidate = {
    id: draft.reviewId,
    requestId: draft.request.requestId,
    assessmentId: draft.request.assessmentId,
    profileId: draft.request.profileId,
    fingerprint: draft.request.fingerprint,
    exportedAt: now,
    reviewer: reviewer.data,
    ratings: draft.ratings,
    experience: draft.experience,
    overall: draft.overall,
    plan: draft.plan,
    ...(draft.verdict ? { verdict: draft.verdict } : {}),
    ...(draft.request.levels ? { chain: { levels: draft.request.levels, opinions: [] } } : {}),
  };
  const parsed = reviewSchema.safeParse(candidate);
  return parsed.success ? { ok: true, review: parsed.data } : { ok: false, missing: ['date'] };
}
