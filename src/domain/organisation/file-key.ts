import { fnv1a64 } from '../shared/hash';

/**
 * What a file is to the roll-up (decision 025): the hash of its text, so that two files of the same name (every
 * CIO's "export all" backup is named alike) are two files, and the very same file chosen again is one.
 */
export function contentKey(text: string): string {
  return `fnv1a64:${fnv1a64(text)}`;
}

/**
 * What a file without a text is (unreadable, over the limit, a zip refused): its name, size and time of change, as
 * the browser gives them. The same file chosen again has the same; another of that name differs in size or time.
 */
export function fallbackKey(name: string, size: number, lastModified: number): string {
  return `file:${size}:${lastModified}:${name}`;
}
