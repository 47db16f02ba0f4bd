import { says, type ProblemMessage, type ProblemMessageKey } from '../shared/problem-message';

/**
 * What a file may hold beyond its shape, checked against the assessment's role profile: the codes shared by the
 * backup reader and the exchange-file readers, each of which refuses with its own code set around these.
 */
export type ContentProblemCode = 'unknown-item' | 'duplicate-id' | 'dates-out-of-order' | 'future-date' | 'too-many';

export interface ContentProblem {
  code: ContentProblemCode;
  path: string;
  message: ProblemMessage;
}

/** The most of each list one assessment in a file may hold: far beyond any real plan, well short of filling storage. */
export const maxActions = 500;
export const maxRounds = 100;
export const maxReviews = 100;
/** The app keeps 20 (review-changes.ts); two tabs' merge may hold more. */
export const maxRequests = 100;

/** A count as messages write it, with its thousands separator: 100,000. */
export const count = (n: number) => n.toLocaleString('en');
/** A text from a file as a short quotation in a message. */
export const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

export function problem(code: ContentProblemCode, path: string, message: ProblemMessage): ContentProblem {
  return { code, path, message };
}

/** More entries in a list than a file may hold, with the count and the most. */
export function tooMany(path: string, found: number, most: number, what: 'actions' | 'rounds' | 'reviews' | 'requests'): ContentProblem {
  return problem('too-many', path, says(`problem.tooMany.${what}` satisfies ProblemMessageKey, { found: count(found), most: count(most) }));
}

/** Keys of a list that the profile does not have: how many, and the first few by name. */
export function unknownKeys(path: string, keys: readonly string[], profileName: string): ContentProblem {
  const shown = `${keys.slice(0, 3).map(quoted).join(', ')}${keys.length > 3 ? ', …' : ''}`;
  return problem(
    'unknown-item',
    path,
    says(keys.length === 1 ? 'problem.unknownItem' : 'problem.unknownItems', { count: count(keys.length), profile: profileName, shown }),
  );
}

/** The first two entries of `list` that share an id, by their places, or null. */
export function firstDuplicate<T extends { id: string }>(list: readonly T[]): { first: number; second: number; id: string } | null {
  const seen = new Map<string, number>();
  for (const [index, entry] of list.entries()) {
    const first = seen.get(entry.id);
    if (first !== undefined) return { first, second: index, id: entry.id };
    seen.set(entry.id, index);
  }
  return null;
}
