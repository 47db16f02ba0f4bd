import type { Assessment } from '../assessment/assessment';
import { isDateInFuture, isTimestampInFuture, localCalendarDateOf } from '../calendar/calendar-date';
import { firstDuplicate, maxActions, maxRequests, maxReviews, maxRounds, problem, quoted, tooMany, unknownKeys, type ContentProblem } from './content-problem';
import { targetBeforeStart, type DevelopmentAction } from '../assessment/development-action';
import { says } from '../shared/problem-message';
import type { ProfileKeys } from './profile-keys';
import type { Review, SentRequest } from '../assessment/review-schema';

/**
 * What a file's assessments, plans and reviews must keep to beyond their shape, against the assessment's role
 * profile: only the profile's items, ids unique wherever they are keys, an action's dates in order, reviews not
 * dated in the future, and no more entries than a file may hold. Each check gives the first problem (code, path and
 * what it says, domain/shared/problem-message.ts) or null.
 */

/** Ratings and experience records for the profile's items only. */
export function recordsProblem(records: { ratings: object; experience: object }, keys: ProfileKeys, path: string): ContentProblem | null {
  const ratings = Object.keys(records.ratings).filter((key) => !keys.ratings.has(key));
  const experience = Object.keys(records.experience).filter((id) => !keys.experience.has(id));
  if (ratings.length + experience.length === 0) return null;
  return unknownKeys(`${path}.${ratings.length > 0 ? 'ratings' : 'experience'}`, [...ratings, ...experience], keys.name);
}

/** A plan: at most `maxActions`, ids unique, each serving the profile's items, each target on or after its start. */
export function actionsProblem(actions: readonly DevelopmentAction[], keys: ProfileKeys, path: string): ContentProblem | null {
  if (actions.length > maxActions) return tooMany(path, actions.length, maxActions, 'actions');
  const duplicate = firstDuplicate(actions);
  if (duplicate) {
    const [a, b] = [actions[duplicate.first]?.description ?? '', actions[duplicate.second]?.description ?? ''].map(quoted);
    const [m, n] = [duplicate.first + 1, duplicate.second + 1];
    return problem('duplicate-id', `${path}[${duplicate.second}].id`, says('problem.sameActionId', { m, a: a ?? '', n, b: b ?? '', id: quoted(duplicate.id) }));
  }
  const unknown = [...new Set(actions.flatMap((action) => action.serves.filter((key) => !keys.items.has(key))))];
  if (unknown.length > 0)
    return unknownKeys(`${path}[${actions.findIndex((action) => action.serves.some((key) => !keys.items.has(key)))}].serves`, unknown, keys.name);
  const backwards = actions.findIndex(targetBeforeStart);
  const action = actions[backwards];
  if (!action?.startOn) return null;
  return problem(
    'dates-out-of-order',
    `${path}[${backwards}].targetOn`,
    says('problem.targetBeforeStart', { action: quoted(action.description) }, { target: action.targetOn, start: action.startOn }),
  );
}

/** A review: of the profile's items only, and neither reviewed nor exported later than a day's clock skew after `now`. */
export function reviewProblem(review: Review, keys: ProfileKeys, now: string, path: string): ContentProblem | null {
  const records = recordsProblem(review, keys, path);
  if (records) return records;
  const inFuture = isDateInFuture(review.reviewer.reviewedOn, now) ? 'reviewer.reviewedOn' : isTimestampInFuture(review.exportedAt, now) ? 'exportedAt' : null;
  if (inFuture) {
    const dated = inFuture === 'exportedAt' ? localCalendarDateOf(review.exportedAt) : review.reviewer.reviewedOn;
    return problem(
      'future-date',
      `${path}.${inFuture}`,
      says('problem.reviewInFuture', { name: quoted(review.reviewer.name) }, { dated, today: localCalendarDateOf(now) }),
    );
  }
  return chainProblem(review, now, path);
}

/** A chain with more opinions than the levels after the first, or a step of it signed after today; null when sound. */
function chainProblem(review: Review, now: string, path: string): ContentProblem | null {
  const { chain } = review;
  if (chain && chain.opinions.length > chain.levels.length - 1) {
    return problem(
      'too-many',
      `${path}.chain.opinions`,
      says('problem.exchange.tooManyOpinions', { found: chain.opinions.length + 1, most: chain.levels.length }),
    );
  }
  const signed = [
    ...(chain?.opinions ?? []).map((opinion, index) => [`chain.opinions[${index}]`, opinion] as const),
    ...(review.acknowledged ? [['acknowledged', review.acknowledged] as const] : []),
    ...(review.received ? [['received', review.received] as const] : []),
  ];
  const late = signed.find(([, step]) => isDateInFuture(step.signedOn, now));
  if (!late) return null;
  const [where, step] = late;
  return problem(
    'future-date',
    `${path}.${where}.signedOn`,
    says('problem.reviewInFuture', { name: quoted(step.name) }, { dated: step.signedOn, today: localCalendarDateOf(now) }),
  );
}

/** One assessment of a file: its records, rounds, plan and reviews all within its profile and the caps. */
export function assessmentProblem(assessment: Assessment, keys: ProfileKeys, now: string, path: string): ContentProblem | null {
  // An assessment dated before the appointment is not refused: an appointment may be dated ahead and assessed
  // before it (the form warns, and so does import: assessedBeforeAppointed).
  const rounds = assessment.rounds ?? [];
  if (rounds.length > maxRounds) return tooMany(`${path}.rounds`, rounds.length, maxRounds, 'rounds');
  const records =
    recordsProblem(assessment, keys, path) ??
    rounds.reduce<ContentProblem | null>((found, round, index) => found ?? recordsProblem(round, keys, `${path}.rounds[${index}]`), null);
  if (records) return records;
  const plan = actionsProblem(assessment.actions ?? [], keys, `${path}.actions`);
  if (plan) return plan;
  // The reviews of earlier rounds, kept with them, are checked as the current round's.
  const roundReviews = rounds.reduce<ContentProblem | null>(
    (found, round, index) => found ?? reviewsProblem(round.reviews ?? [], keys, now, `${path}.rounds[${index}].reviews`),
    null,
  );
  if (roundReviews) return roundReviews;
  return reviewsProblem(assessment.reviews ?? [], keys, now, `${path}.reviews`) ?? requestsProblem(assessment.requests ?? [], keys, `${path}.requests`);
}

/** One list of reviews: at most `maxReviews`, ids unique, each of the profile's items and not dated in the future. */
function reviewsProblem(reviews: readonly Review[], keys: ProfileKeys, now: string, path: string): ContentProblem | null {
  if (reviews.length > maxReviews) return tooMany(path, reviews.length, maxReviews, 'reviews');
  const duplicate = firstDuplicate(reviews);
  if (duplicate) {
    const [a, b] = [reviews[duplicate.first]?.reviewer.name ?? '', reviews[duplicate.second]?.reviewer.name ?? ''].map(quoted);
    const [m, n] = [duplicate.first + 1, duplicate.second + 1];
    return problem('duplicate-id', `${path}[${duplicate.second}].id`, says('problem.sameReviewId', { m, a: a ?? '', n, b: b ?? '', id: quoted(duplicate.id) }));
  }
  return reviews.reduce<ContentProblem | null>((found, review, index) => found ?? reviewProblem(review, keys, now, `${path}[${index}]`), null);
}

/** The review requests an assessment kept: at most `maxRequests`, ids unique, each asking about the profile's items. */
function requestsProblem(requests: readonly SentRequest[], keys: ProfileKeys, path: string): ContentProblem | null {
  if (requests.length > maxRequests) return tooMany(path, requests.length, maxRequests, 'requests');
  const duplicate = firstDuplicate(requests);
  if (duplicate) {
    const [m, n] = [duplicate.first + 1, duplicate.second + 1];
    return problem('duplicate-id', `${path}[${duplicate.second}].id`, says('problem.sameRequestId', { m, n, id: quoted(duplicate.id) }));
  }
  return requests.reduce<ContentProblem | null>((found, request, index) => found ?? recordsProblem(request.asked, keys, `${path}[${index}].asked`), null);
}
