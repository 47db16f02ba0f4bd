import type { Appointee, Assessment, ExperienceRecord, ProficiencyRating } from './assessment';
import type { Review, SentRequest } from './review-schema';

/** Removes keys whose value is undefined or an empty note, so stored ratings hold only what was said. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '')) as T;
}

/** `record` with `key` set to `value`, or without `key` when `value` is empty. */
export function withEntry<T extends object>(record: Record<string, T>, key: string, value: T): Record<string, T> {
  const rest = Object.fromEntries(Object.entries(record).filter(([existing]) => existing !== key));
  return Object.keys(value).length === 0 ? rest : { ...rest, [key]: value };
}

/** The assessment with one rated item changed; an item left with nothing is dropped. */
export function withRating(assessment: Assessment, key: string, patch: Partial<ProficiencyRating>, now: string): Assessment {
  const ratings = withEntry(assessment.ratings, key, compact({ ...assessment.ratings[key], ...patch }));
  return { ...assessment, ratings, updatedAt: now };
}

/** The assessment with one rated item put back exactly as it was (`undefined`: never rated), as an undo does. */
export function withRatingAsItWas(assessment: Assessment, key: string, rating: ProficiencyRating | undefined, now: string): Assessment {
  return { ...assessment, ratings: withEntry(assessment.ratings, key, compact({ ...rating })), updatedAt: now };
}

/** The assessment with one experience record changed; a record left with nothing is dropped. */
export function withExperience(assessment: Assessment, experienceId: string, patch: Partial<ExperienceRecord>, now: string): Assessment {
  const experience = withEntry(assessment.experience, experienceId, compact({ ...assessment.experience[experienceId], ...patch }));
  return { ...assessment, experience, updatedAt: now };
}

export function withAppointee(assessment: Assessment, appointee: Appointee, now: string): Assessment {
  return { ...assessment, appointee, updatedAt: now };
}

/** The assessment renamed; a blank name gives it back its default name (role and date). */
export function withTitle(assessment: Assessment, title: string, now: string): Assessment {
  const trimmed = title.trim();
  const renamed: Assessment = { ...assessment, updatedAt: now };
  if (trimmed) renamed.title = trimmed;
  else delete renamed.title;
  return renamed;
}

/**
 * The assessment without what others said of it: the reviews (those of earlier rounds too), the requests that asked
 * for them and the basis read against them. For a copy or a file that should not carry them (an assistant's).
 */
export function withoutReviews(assessment: Assessment): Assessment {
  const bare: Assessment = { ...assessment };
  delete bare.reviews;
  delete bare.requests;
  delete bare.gapBasis;
  if (assessment.rounds)
    bare.rounds = assessment.rounds.map((round) => ({
      number: round.number,
      assessedOn: round.assessedOn,
      ratings: round.ratings,
      experience: round.experience,
      closedAt: round.closedAt,
    }));
  return bare;
}

/** A copy with a new id and title; ratings, notes and details carry over, the reviews only when asked. */
export function duplicateOf(assessment: Assessment, input: { id: string; title: string; now: string; withReviews: boolean }): Assessment {
  const copy = structuredClone(input.withReviews ? assessment : withoutReviews(assessment));
  return { ...copy, id: input.id, title: input.title, createdAt: input.now, updatedAt: input.now };
}

/**
 * `assessment` with `review` attached (replacing an earlier export of the same review), the reviews in the order
 * they were exported, as two tabs merge them, so a removed review put back returns to its place; self-ratings untouched.
 */
export function withReview(assessment: Assessment, review: Review, now: string): Assessment {
  const reviews = [...(assessment.reviews ?? []).filter((candidate) => candidate.id !== review.id), review].sort((a, b) =>
    a.exportedAt.localeCompare(b.exportedAt),
  );
  return { ...assessment, reviews, updatedAt: now };
}

/** The requests an assessment keeps, newest last: enough for every review still to come back, small in storage. */
export const maxSentRequests = 20;

/** `assessment` keeping `sent` among its requests, the oldest left out beyond `maxSentRequests`. */
export function withSentRequest(assessment: Assessment, sent: SentRequest, now: string): Assessment {
  const requests = [...(assessment.requests ?? []).filter((candidate) => candidate.id !== sent.id), sent].slice(-maxSentRequests);
  return { ...assessment, requests, updatedAt: now };
}
