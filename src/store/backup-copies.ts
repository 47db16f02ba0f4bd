import type { SafeStorage } from '../lib/safe-storage';
import { storageKeys } from '../lib/storage-keys';

/**
 * Copies of stored text kept before anything rewrites it (a migration, parts set aside) or because it could not be
 * read: each under a key of its own, one copy per distinct content, listed on the backup screen to download.
 */

const backupKeyPrefix = storageKeys.backupCopyPrefix;
/** Copies kept by earlier versions of the app, listed with ours. */
const legacyBackupPrefix = storageKeys.legacyCopyPrefix;

export type BackupReason = 'before-migration' | 'unreadable' | 'set-aside';

export interface BackupCopy {
  key: string;
  savedAt: string | null;
  reason: BackupReason | null;
  bytes: number;
}

/**
 * Keeps a copy of `raw` under a key of its own, unless the same content is already kept: it is compared whole with the
 * copies of its length (keys `<length>-0`, `-1`, …), so no hash can take one content for another, and another content
 * is never written over. Returns the key once the copy is in the browser's storage and reads back whole; null when it
 * could not be kept (storage full or failing), and then nothing of it is left behind in memory either: the caller must
 * not write over `raw`. (Earlier versions named a copy by a hash and the length; those copies are listed as ever.)
 */
export function keepBackupCopy(raw: string, reason: BackupReason, storage: SafeStorage, now: Date): string | null {
  for (let index = 0; ; index++) {
    const key = `${backupKeyPrefix}${raw.length}-${index}`;
    const kept = storage.readStored(key);
    if (!kept.ok) return null;
    if (kept.value === null) return writeVerified(key, JSON.stringify({ savedAt: now.toISOString(), reason, text: raw }), storage);
    if (parseCopy(kept.value).text === raw) return key;
  }
}

/** Writes `value` under `key` and reads it back: the key once the browser holds it whole, else null with nothing left. */
function writeVerified(key: string, value: string, storage: SafeStorage): string | null {
  const written = storage.setItem(key, value);
  const readBack = storage.readStored(key);
  if (written && readBack.ok && readBack.value === value) return key;
  storage.removeItem(key);
  return null;
}

/** The copies kept, newest first. */
export function listBackupCopies(storage: SafeStorage): BackupCopy[] {
  return storage
    .keys()
    .filter((key) => key.startsWith(backupKeyPrefix) || key.startsWith(legacyBackupPrefix))
    .map((key) => {
      const value = storage.getItem(key) ?? '';
      if (key.startsWith(legacyBackupPrefix)) return { key, savedAt: key.slice(legacyBackupPrefix.length), reason: null, bytes: value.length };
      const meta = parseCopy(value);
      return { key, savedAt: meta.savedAt, reason: meta.reason, bytes: meta.text.length };
    })
    .sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
}

function parseCopy(value: string): { savedAt: string | null; reason: BackupReason | null; text: string } {
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && 'text' in parsed && typeof parsed.text === 'string') {
      const savedAt = 'savedAt' in parsed && typeof parsed.savedAt === 'string' ? parsed.savedAt : null;
      const reason =
        'reason' in parsed && (parsed.reason === 'before-migration' || parsed.reason === 'unreadable' || parsed.reason === 'set-aside') ? parsed.reason : null;
      return { savedAt, reason, text: parsed.text };
    }
  } catch {
    // Not our wrapper: the value is the raw text itself.
  }
  return { savedAt: null, reason: null, text: value };
}

/** The raw text a copy keeps, exactly as it was stored. */
export function backupCopyText(key: string, storage: SafeStorage): string | null {
  const value = storage.getItem(key);
  if (value === null) return null;
  return key.startsWith(legacyBackupPrefix) ? value : parseCopy(value).text;
}

export function removeBackupCopy(key: string, storage: SafeStorage): void {
  if (key.startsWith(backupKeyPrefix) || key.startsWith(legacyBackupPrefix)) storage.removeItem(key);
}
