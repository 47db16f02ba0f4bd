import { keptRollupFormat, keptRollupText, keptRollupVersion } from '../../domain/organisation/organisation-kept-text';
import { timestampSchema } from '../../domain/calendar/calendar-date';
import type { SafeStorage } from '../../lib/safe-storage';
import { storageKeys } from '../../lib/storage-keys';

/** The roll-up's own storage key: never the key of the user's own assessments, and cleared on its own. */
export const keptRollupKey = storageKeys.keptRollup;

/**
 * Keeps what the roll-up holds (`heldText`, as the combiner wrote it: what was read, never a figure) under its own
 * key; false when the browser refuses or it is too large, and then nothing is left, not even half of it.
 */
export function keepRollup(storage: SafeStorage, heldText: string, keptAt: string): boolean {
  const text = keptRollupText(heldText, keptAt);
  const written = storage.setItem(keptRollupKey, text);
  const readBack = storage.readStored(keptRollupKey);
  if (written && readBack.ok && readBack.value === text) return true;
  storage.removeItem(keptRollupKey);
  return false;
}

const keptStart = `{"format":${JSON.stringify(keptRollupFormat)},"version":${keptRollupVersion},"keptAt":"`;

/**
 * The kept roll-up's text, for the combiner to read (it parses and checks it, off the page), and when it was kept,
 * read from the text's start; keptAt is null for a kept roll-up of another format or version, which the combiner
 * will refuse. Null when nothing is kept.
 */
export function readKeptRollup(storage: SafeStorage): { text: string; keptAt: string | null } | null {
  const text = storage.getItem(keptRollupKey);
  if (text === null) return null;
  const keptAt = text.startsWith(keptStart) ? text.slice(keptStart.length, text.indexOf('"', keptStart.length)) : '';
  return { text, keptAt: timestampSchema.safeParse(keptAt).success ? keptAt : null };
}

/** Forgets the kept roll-up. */
export function clearKeptRollup(storage: SafeStorage): void {
  storage.removeItem(keptRollupKey);
}

/**
 * Puts back a kept roll-up's stored text as it was (the Undo of a clear, while the page is open); false, and nothing
 * left, when the browser refuses it.
 */
export function restoreKeptRollup(storage: SafeStorage, text: string): boolean {
  const written = storage.setItem(keptRollupKey, text);
  const readBack = storage.readStored(keptRollupKey);
  if (written && readBack.ok && readBack.value === text) return true;
  storage.removeItem(keptRollupKey);
  return false;
}

/**
 * The bytes a kept roll-up's text takes in the browser's storage, which holds two bytes a character (UTF-16): of the
 * text, or of anything that gives its length in characters.
 */
export function keptBytes(text: { length: number }): number {
  return (keptRollupKey.length + text.length) * 2;
}
