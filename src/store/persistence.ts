import { canonicalText, mergeStoredStates } from '../domain/item-clocks';
import { readStoredText, storedText, type StoredState } from '../domain/stored-state';
import { browserStorage, type SafeStorage } from '../lib/safe-storage';
import { storageKey } from './storage-key';

/**
 * The one place that reads and writes the app's stored state. It never rewrites data it cannot read or that a newer
 * app wrote, copies the raw text once (one copy per distinct content) before anything rewrites it, and merges what
 * another tab wrote item by item.
 */

/** What the user must be told about the stored data. */
export type StorageNotice =
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; reason: 'not-json' | 'not-ours' }
  | { kind: 'set-aside'; names: string[] }
  | { kind: 'migrated'; from: number };

export const backupKeyPrefix = `${storageKey}:backup:`;
/** Copies kept by earlier versions of the app, listed with ours. */
const legacyBackupPrefix = `${storageKey}:unreadable:`;

export type BackupReason = 'before-migration' | 'unreadable' | 'set-aside';

export interface BackupCopy {
  key: string;
  savedAt: string | null;
  reason: BackupReason | null;
  bytes: number;
}

/** FNV-1a (32 bit) and the length: tells distinct contents apart, so one content is copied once. */
export function contentFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length}`;
}

/** Keeps a copy of `raw` under a key of its own, unless the same content is already kept. Returns the key. */
export function keepBackupCopy(raw: string, reason: BackupReason, storage: SafeStorage = browserStorage, now: Date = new Date()): string {
  const key = `${backupKeyPrefix}${contentFingerprint(raw)}`;
  if (storage.getItem(key) === null) storage.setItem(key, JSON.stringify({ savedAt: now.toISOString(), reason, text: raw }));
  return key;
}

/** The copies kept, newest first. */
export function listBackupCopies(storage: SafeStorage = browserStorage): BackupCopy[] {
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
      const reason = 'reason' in parsed && (parsed.reason === 'before-migration' || parsed.reason === 'unreadable' || parsed.reason === 'set-aside') ? parsed.reason : null;
      return { savedAt, reason, text: parsed.text };
    }
  } catch {
    // Not our wrapper: the value is the raw text itself.
  }
  return { savedAt: null, reason: null, text: value };
}

/** The raw text a copy keeps, exactly as it was stored. */
export function backupCopyText(key: string, storage: SafeStorage = browserStorage): string | null {
  const value = storage.getItem(key);
  if (value === null) return null;
  return key.startsWith(legacyBackupPrefix) ? value : parseCopy(value).text;
}

export function removeBackupCopy(key: string, storage: SafeStorage = browserStorage): void {
  if (key.startsWith(backupKeyPrefix) || key.startsWith(legacyBackupPrefix)) storage.removeItem(key);
}

/** The raw text stored under the app's key, untouched: what "Download my data" saves when all else fails. */
export function rawStoredText(storage: SafeStorage = browserStorage): string | null {
  return storage.getItem(storageKey);
}

export interface Loaded {
  state: StoredState;
  notices: StorageNotice[];
  /** False while a newer app's data is stored: the app runs from memory and never writes over it. */
  writable: boolean;
}

/** Reads the stored state, keeps copies of what would otherwise be rewritten, and says what to tell the user. */
export function loadStoredState(storage: SafeStorage = browserStorage): Loaded {
  const raw = storage.getItem(storageKey);
  const read = readStoredText(raw);
  switch (read.kind) {
    case 'empty':
      return { state: read.state, notices: [], writable: true };
    case 'unreadable':
      if (raw !== null) keepBackupCopy(raw, 'unreadable', storage);
      return { state: read.state, notices: [{ kind: 'unreadable', reason: read.reason }], writable: true };
    case 'newer':
      return { state: read.state, notices: [{ kind: 'newer', version: read.version }], writable: false };
    case 'read': {
      const notices: StorageNotice[] = [];
      if (raw !== null && read.migratedFrom !== null) {
        keepBackupCopy(raw, 'before-migration', storage);
        notices.push({ kind: 'migrated', from: read.migratedFrom });
      }
      if (raw !== null && read.setAsideNow.length > 0) {
        keepBackupCopy(raw, 'set-aside', storage);
        notices.push({ kind: 'set-aside', names: read.setAsideNow });
      }
      return { state: read.state, notices, writable: true };
    }
  }
}

export interface Writer {
  /** Writes `state`, first merging whatever another tab wrote since; returns the state written (or null if none). */
  save(state: StoredState): StoredState | null;
  /** Another tab wrote `text`: returns the merged state to show (null when nothing changes for this tab). */
  receive(text: string | null, ours: StoredState): StoredState | null;
  isWritable(): boolean;
}

/**
 * Writes the state under the app's key. Before each write it re-reads the key: if another tab wrote since this tab
 * last read or wrote, the two states merge item by item. A newer app's data, seen at any time, stops all writing.
 */
export function createWriter(initialText: string | null, writable: boolean, onNewer: (version: number) => void, storage: SafeStorage = browserStorage): Writer {
  let lastText = initialText;
  let canWrite = writable;

  function theirsIfChanged(text: string | null): StoredState | null | 'newer' {
    if (text === null || text === lastText) return null;
    const read = readStoredText(text);
    if (read.kind === 'newer') {
      canWrite = false;
      onNewer(read.version);
      return 'newer';
    }
    return read.kind === 'read' ? read.state : null;
  }

  function write(state: StoredState) {
    const text = storedText(state);
    storage.setItem(storageKey, text);
    lastText = text;
  }

  return {
    save(state) {
      if (!canWrite) return null;
      const theirs = theirsIfChanged(storage.getItem(storageKey));
      if (theirs === 'newer') return null;
      const merged = theirs ? mergeStoredStates(state, theirs) : state;
      write(merged);
      return merged;
    },
    receive(text, ours) {
      const theirs = theirsIfChanged(text);
      if (theirs === null || theirs === 'newer') return null;
      lastText = text;
      const merged = mergeStoredStates(ours, theirs);
      if (canWrite && canonicalText(merged) !== canonicalText(theirs)) write(merged);
      return canonicalText(merged) === canonicalText(ours) ? null : merged;
    },
    isWritable: () => canWrite,
  };
}
