import type { Assessment } from './assessment';
import { canonicalText } from './canonical-text';

const fnvOffset = 0xcbf29ce484222325n;
const fnvPrime = 0x100000001b3n;
const mask64 = (1n << 64n) - 1n;

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits: the app's one hash. */
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
  return `fnv1a64:${fnv1a64(canonicalText({ ratings, experience }))}`;
}
