import { keptRollupFormat, keptRollupText, keptRollupVersion } from '../../domain/organisation/organisation-kept-text';
import { timestampSchema } from '../../domain/calendar/calendar-date';
import type { SafeStorage } from '../../lib/safe-storage';
import { storageKeys } from '../../lib/storage-keys';
import { readKeptView, type KeptView } from '../../domain/organisation/kept-view';

/** The roll-up's own storage key: never the key of the user's own assessments, and cleared on its own. */
export const keptRollupKey = storageKeys.keptRollup;
/** Beside it, how the people table was when it was kept (filter, sort, columns): kept, cleared and put back with it. */
export const keptViewKey = storageKeys.keptRollupView;

/**
 * Keeps what the roll-up holds (`heldText`, as the combiner wrote it: what was read, never a figure) under its own
 * key; false when the browser refuses or it is too large, and then nothing is left, not even half of it.
 */
export function keepRollup(storage: SafeStorage, heldText: string, keptAt: string, view: KeptView | null = null): boolean {
  return restoreKeptRollup(storage, keptRollupText(heldText, keptAt), view === null ? null : JSON.stringify(view));
}

/** Keeps the table's view beside the roll-up (or none); a browser that refuses it leaves none: the table opens as it does. */
function keepView(storage: SafeStorage, text: string | null): void {
  if (text === null || !storage.setItem(keptViewKey, text)) storage.removeItem(keptViewKey);
}

/** How the people table was when the roll-up was kept, checked as it is read; null when none was kept (or it does not read back). */
export function readKeptTableView(storage: SafeStorage): KeptView | null {
  return readKeptView(storage.getItem(keptViewKey));
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
  storage.removeItem(keptViewKey);
}

/**
 * Puts back a kept roll-up's stored text as it was (the Undo of a clear, while the page is open); false, and nothing
 * left, when the browser refuses it.
 */
export function restoreKeptRollup(storage: SafeStorage, text: string, viewText: string | null = null): boolean {
  const written = storage.setItem(keptRollupKey, text);
  const readBack = storage.readStored(keptRollupKey);
  if (written && readBack.ok && readBack.value === text) {
    keepView(storage, viewText);
    return true;
  }
  clearKeptRollup(storage);
  return false;
}

/**
 * The bytes a kept roll-up's text takes in the browser's storage, which holds two bytes a character (UTF-16): of the
 * text, or of anything that gives its length in characters.
 */
export function keptBytes(text: { length: number }, key: string = keptRollupKey): number {
  return (key.length + text.length) * 2;
}

/** All that is kept, as the browser holds it: the roll-up and, when there is one, the table's view beside it. */
export function keptStorageBytes(storage: SafeStorage): number {
  const view = storage.getItem(keptViewKey);
  return keptBytes(storage.getItem(keptRollupKey) ?? '') + (view === null ? 0 : keptBytes(view, keptViewKey));
}
