import type { Assessment } from './assessment';

/** JSON with object keys sorted at every depth, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const fnvOffset = 0xcbf29ce484222325n;
const fnvPrime = 0x100000001b3n;
const mask64 = (1n << 64n) - 1n;

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = fnvOffset;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * fnvPrime) & mask64;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * A short fingerprint of what a reviewer is asked to judge: every self-rating level, target and experience status.
 * Notes, evidence and the plan do not count. It shows that the ratings changed; it is NOT a signature and proves
 * nothing about who wrote the file.
 */
export function assessmentFingerprint(assessment: Pick<Assessment, 'ratings' | 'experience'>): string {
  const ratings = Object.fromEntries(
    Object.entries(assessment.ratings)
      .map(([key, rating]) => [key, { level: rating.level, target: rating.target }] as const)
      .filter(([, rating]) => rating.level !== undefined || rating.target !== undefined),
  );
  const experience = Object.fromEntries(
    Object.entries(assessment.experience).flatMap(([id, record]) => (record.status === undefined ? [] : [[id, record.status]])),
  );
  return `fnv1a64:${fnv1a64(canonicalJson({ ratings, experience }))}`;
}
