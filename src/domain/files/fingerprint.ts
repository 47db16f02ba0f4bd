import type { Assessment } from '../assessment/assessment';
import { canonicalText } from '../shared/canonical-text';
import { fnv1a64 } from '../shared/hash';
import type { ExperienceStatus, Level } from '../profile/rating-scale';
import type { AskedRatings } from '../assessment/review-schema';
import { targetOf } from '../scoring/scoring';

/**
 * What a reviewer is asked to judge, normalised: every self-rating level and target, and every experience status.
 * A target equal to the default counts as unset (setting 3 → 2 → 3 is no change); notes, evidence and the plan do
 * not count.
 */
export function askedRatings(assessment: Pick<Assessment, 'ratings' | 'experience'>, defaultTarget: Level): AskedRatings {
  const ratings: AskedRatings['ratings'] = {};
  for (const [key, rating] of Object.entries(assessment.ratings)) {
    const target = rating.target === defaultTarget ? undefined : rating.target;
    if (rating.level !== undefined || target !== undefined)
      ratings[key] = { ...(rating.level !== undefined ? { level: rating.level } : {}), ...(target !== undefined ? { target } : {}) };
  }
  const experience: AskedRatings['experience'] = {};
  for (const [id, record] of Object.entries(assessment.experience)) if (record.status !== undefined) experience[id] = record.status;
  return { ratings, experience };
}

/**
 * A short fingerprint of what a reviewer is asked to judge (`askedRatings`). It shows that the ratings changed; it is
 * NOT a signature and proves nothing about who wrote the file.
 */
export function fingerprintOf(asked: AskedRatings): string {
  return `fnv1a64:${fnv1a64(canonicalText(asked))}`;
}

/** The fingerprint of the assessment's self-ratings as they stand. */
export function assessmentFingerprint(assessment: Pick<Assessment, 'ratings' | 'experience'>, defaultTarget: Level): string {
  return fingerprintOf(askedRatings(assessment, defaultTarget));
}

/** The fingerprint as requests made before normalisation carry it: a target stored as the default counted as set. */
function earlierFingerprint(assessment: Pick<Assessment, 'ratings' | 'experience'>): string {
  const ratings = Object.fromEntries(
    Object.entries(assessment.ratings)
      .map(([key, rating]) => [key, { level: rating.level, target: rating.target }] as const)
      .filter(([, rating]) => rating.level !== undefined || rating.target !== undefined),
  );
  const experience = Object.fromEntries(
    Object.entries(assessment.experience).flatMap(([id, record]) => (record.status === undefined ? [] : [[id, record.status]])),
  );
  return `fnv1a64:${fnv1a64(canonicalText({ ratings, experience }))}`;
}

/** Whether `fingerprint` is that of the assessment's self-ratings now, as this app computes it or as it once did. */
export function fingerprintMatches(fingerprint: string, assessment: Pick<Assessment, 'ratings' | 'experience'>, defaultTarget: Level): boolean {
  return fingerprint === assessmentFingerprint(assessment, defaultTarget) || fingerprint === earlierFingerprint(assessment);
}

/** One value that differs between what was asked about and the self-ratings now: a level, a target or a status. */
export type RatingChange =
  | { key: string; field: 'level'; from: Level | null; to: Level | null }
  | { key: string; field: 'target'; from: Level; to: Level }
  | { key: string; field: 'status'; from: ExperienceStatus | null; to: ExperienceStatus | null };

/** Every level, target and status that differs from `before` to `after`, by item key (`unit:DG100`, `experience:<id>`). */
export function ratingChanges(before: AskedRatings, after: AskedRatings, defaultTarget: Level): RatingChange[] {
  const changes: RatingChange[] = [];
  for (const key of new Set([...Object.keys(before.ratings), ...Object.keys(after.ratings)])) {
    const [was, now] = [before.ratings[key], after.ratings[key]];
    if ((was?.level ?? null) !== (now?.level ?? null)) changes.push({ key, field: 'level', from: was?.level ?? null, to: now?.level ?? null });
    const [fromTarget, toTarget] = [targetOf(was, defaultTarget), targetOf(now, defaultTarget)];
    if (fromTarget !== toTarget) changes.push({ key, field: 'target', from: fromTarget, to: toTarget });
  }
  for (const id of new Set([...Object.keys(before.experience), ...Object.keys(after.experience)])) {
    const [was, now] = [before.experience[id] ?? null, after.experience[id] ?? null];
    if (was !== now) changes.push({ key: `experience:${id}`, field: 'status', from: was, to: now });
  }
  return changes;
}
