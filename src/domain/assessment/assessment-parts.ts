import type { Assessment } from './assessment';

/**
 * How each field of an assessment is cut into parts that change, merge between two tabs and conflict on their own.
 * Declared once, beside the schema's fields: change times, the two-tab merge, "changed since the last export" and
 * conflicts all derive from it, and a field of the schema without a declaration is a type error.
 *
 * - `same`: never changes after creation (the id, the role, the creation time): kept from this tab's copy.
 * - `latest`: a timestamp: the later of the two.
 * - `whole`: one part under the name `part`, the later change winning.
 * - `by-key`: a record whose every key is a part `prefix + key`.
 * - `by-id`: a list whose every element is a part `prefix + element.id`; `order` says how both tabs order the result.
 */
export type PartRule =
  | { merge: 'same' }
  | { merge: 'latest' }
  | { merge: 'whole'; part: string }
  | { merge: 'by-key'; prefix: string }
  | { merge: 'by-id'; prefix: string; order: 'as-ours' | 'by-time' };

/** A declaration for every field of `T`, optional ones included. */
export type PartRules<T> = { [K in keyof Required<T>]: PartRule };

export const assessmentParts = {
  id: { merge: 'same' },
  title: { merge: 'whole', part: 'title' },
  profileId: { merge: 'same' },
  appointee: { merge: 'whole', part: 'appointee' },
  ratings: { merge: 'by-key', prefix: 'r:' },
  experience: { merge: 'by-key', prefix: 'e:' },
  actions: { merge: 'by-id', prefix: 'a:', order: 'as-ours' },
  rounds: { merge: 'whole', part: 'rounds' },
  // Reviews by others merge by id like actions, in the order they were exported (the same in every tab).
  reviews: { merge: 'by-id', prefix: 'v:', order: 'by-time' },
  // The requests exported, by id, in the order they were exported.
  requests: { merge: 'by-id', prefix: 'q:', order: 'by-time' },
  gapBasis: { merge: 'whole', part: 'basis' },
  // Evidence files by id, in the order they were added (the same in every tab): a file removed in one tab stays removed.
  evidence: { merge: 'by-id', prefix: 'f:', order: 'by-time' },
  createdAt: { merge: 'same' },
  updatedAt: { merge: 'latest' },
} as const satisfies PartRules<Assessment>;

type Json = Record<string, unknown>;

/** An assessment cut into the parts that change and merge on their own, by name: `r:<rating key>`, `a:<action id>`, `title`, … */
export function partsOf(assessment: Assessment): Json {
  return partsBy(assessmentParts, assessment);
}
/** An assessment (or, in tests, a record of another declaration) as a plain record of its fields. */
export type Whole = Json;

export function isRecordValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function idOf(value: unknown): string | undefined {
  return isRecordValue(value) && typeof value.id === 'string' ? value.id : undefined;
}

/** The parts of `whole` by name (`r:<rating key>`, `a:<action id>`, `title`, …), as the rules cut it. */
export function partsBy(rules: Record<string, PartRule>, whole: Whole): Json {
  const parts: Json = {};
  for (const [field, rule] of Object.entries(rules)) {
    const value = whole[field];
    if (rule.merge === 'whole') parts[rule.part] = value;
    else if (rule.merge === 'by-key' && isRecordValue(value)) for (const [key, item] of Object.entries(value)) parts[`${rule.prefix}${key}`] = item;
    else if (rule.merge === 'by-id' && Array.isArray(value)) for (const item of value) parts[`${rule.prefix}${idOf(item) ?? ''}`] = item;
  }
  return parts;
}

type KeyedField = { [K in keyof typeof assessmentParts]: (typeof assessmentParts)[K] extends { prefix: string } ? K : never }[keyof typeof assessmentParts];

/** The name of the part of `field` under `key` (a rating key, an experience id, an action id): `r:unit:DG100`. */
export function partName(field: KeyedField, key: string): string {
  return `${assessmentParts[field].prefix}${key}`;
}
