import { canonicalText } from '../domain/shared/canonical-text';
import { initialStoredState, readStoredText, storedText, type StoredRead, type StoredState } from '../domain/assessment/stored-state';
import type { SafeStorage } from '../lib/safe-storage';
import { keepBackupCopy, type BackupReason } from './backup-copies';
import { storageKey } from '../lib/storage-keys';

/**
 * The one place that reads and writes the app's stored state. It never writes over text it could not read, could
 * not copy, or that a newer app wrote: before anything rewrites stored text that is unreadable, or that a migration
 * or a set-aside part changes, a copy is stored and read back, and without that copy nothing is written. A read that
 * fails is a fault, never an empty store. What another tab wrote is merged item by item.
 */

/** What the user must be told about the stored data. */
export type StorageNotice =
  | { kind: 'newer'; version: number }
  /** The stored text was not the app's, or not JSON: a copy was kept and the app started afresh. */
  | { kind: 'unreadable'; reason: 'not-json' | 'not-ours' }
  | { kind: 'set-aside'; names: string[] }
  | { kind: 'migrated'; from: number }
  /** Nothing is written under the app's key: what the user does stays in this tab until the cause is gone. */
  | { kind: 'not-saving'; reason: NotSavingReason };

export type NotSavingReason = 'read-fault' | 'copy-failed' | 'merge-unavailable';

/** Ours and theirs merged item by item, the other version of each part both changed since `seen` kept (domain/assessment/merge-states.ts). */
export type Merge = (seen: StoredState, ours: StoredState, theirs: StoredState) => StoredState;

/** Why nothing may be written under the app's key now; null when writing is allowed. */
export type WriteBlock = { reason: 'newer'; version: number } | { reason: NotSavingReason } | null;

export interface Loaded {
  state: StoredState;
  notices: StorageNotice[];
  block: WriteBlock;
  /** The text read under the app's key (null: none, or the read failed). */
  text: string | null;
}

/** The raw text stored under the app's key, untouched: what "Download my data" saves when all else fails. */
export function rawStoredText(storage: SafeStorage): string | null {
  return storage.getItem(storageKey);
}

/** The copy a read needs before its text may be rewritten, or null when it needs none. */
function copyNeeded(read: StoredRead): BackupReason | null {
  if (read.kind === 'unreadable') return 'unreadable';
  if (read.kind !== 'read') return null;
  if (read.migratedFrom !== null) return 'before-migration';
  return read.setAsideNow.length > 0 ? 'set-aside' : null;
}

/** Reads the stored state, keeps the copies that rewriting it needs, and says what to tell the user. */
export function loadStoredState(storage: SafeStorage, now: Date): Loaded {
  const stored = storage.readStored(storageKey);
  if (!stored.ok) return { state: initialStoredState, notices: [{ kind: 'not-saving', reason: 'read-fault' }], block: { reason: 'read-fault' }, text: null };
  const text = stored.value;
  const read = readStoredText(text);
  if (read.kind === 'newer')
    return { state: read.state, notices: [{ kind: 'newer', version: read.version }], block: { reason: 'newer', version: read.version }, text };
  const reason = copyNeeded(read);
  if (text !== null && reason !== null && keepBackupCopy(text, reason, storage, now) === null) {
    return { state: read.state, notices: [{ kind: 'not-saving', reason: 'copy-failed' }], block: { reason: 'copy-failed' }, text };
  }
  const notices: StorageNotice[] = [];
  if (read.kind === 'unreadable') notices.push({ kind: 'unreadable', reason: read.reason });
  if (read.kind === 'read' && read.migratedFrom !== null) notices.push({ kind: 'migrated', from: read.migratedFrom });
  if (read.kind === 'read' && read.setAsideNow.length > 0) notices.push({ kind: 'set-aside', names: read.setAsideNow });
  return { state: read.state, notices, block: null, text };
}

export interface Writer {
  /** Writes `state`, first merging whatever another tab wrote since; returns the state written (or null if none). */
  save(state: StoredState): StoredState | null;
  /** Another tab wrote `text`: returns the merged state to show (null when nothing changes for this tab). */
  receive(text: string | null, ours: StoredState): StoredState | null;
  block(): WriteBlock;
  /** True when a write or another tab's change waits for the merge (see `merge` below). */
  waitsForMerge(): boolean;
  /** The merge will never come (its code could not be loaded): while one is needed, nothing is written. */
  mergeUnavailable(): void;
}

/**
 * Writes the state under the app's key. Before each write it reads the key again: what another tab wrote since is
 * merged in; text that cannot be read, or needs migrating, is copied first (and without the copy nothing is written);
 * a read that fails writes nothing until one succeeds. A newer app's data, seen at any time, stops all writing.
 * `onBlock` hears each change of the block. `merge()` gives the merge once its code is in: until then a write that
 * needs one, or another tab's change, waits (the caller saves again when it comes).
 */
export function createWriter(
  loaded: Pick<Loaded, 'text' | 'block' | 'state'>,
  storage: SafeStorage,
  now: () => Date,
  onBlock: (block: WriteBlock) => void,
  merge: () => Merge | null,
): Writer {
  let waiting = false;
  let unavailable = false;
  let lastText = loaded.text;
  /** What this tab last read or wrote: the common ground against which two tabs' edits of one part are told apart. */
  let lastState = loaded.state;
  let block = loaded.block;
  /** Text whose copy failed: not tried again on every change (it may be megabytes), only once it changes. */
  let failedCopyOf: string | null = block?.reason === 'copy-failed' ? loaded.text : null;

  function setBlock(next: WriteBlock) {
    if (next?.reason === block?.reason) return;
    block = next;
    onBlock(next);
  }

  /** What is stored now, when it is another's and may be merged; 'blocked' when it may not be written over. */
  function storedNow(): StoredState | null | 'blocked' {
    const stored = storage.readStored(storageKey);
    if (!stored.ok) {
      setBlock({ reason: 'read-fault' });
      return 'blocked';
    }
    const text = stored.value;
    if (text !== null && text === failedCopyOf) return 'blocked';
    if (text === null || text === lastText) return null;
    const read = readStoredText(text);
    if (read.kind === 'newer') {
      setBlock({ reason: 'newer', version: read.version });
      return 'blocked';
    }
    const reason = copyNeeded(read);
    if (reason !== null && keepBackupCopy(text, reason, storage, now()) === null) {
      failedCopyOf = text;
      setBlock({ reason: 'copy-failed' });
      return 'blocked';
    }
    return read.kind === 'read' ? read.state : null;
  }

  function write(state: StoredState) {
    const text = storedText(state);
    storage.setItem(storageKey, text);
    lastText = text;
    lastState = state;
  }

  /** Ours and theirs merged, or null while the merge's code is not in (then the caller must try again). */
  function merged(ours: StoredState, theirs: StoredState): StoredState | null {
    const mergeStates = merge();
    if (mergeStates) return mergeStates(lastState, ours, theirs);
    waiting = true;
    if (unavailable) setBlock({ reason: 'merge-unavailable' });
    return null;
  }

  return {
    save(state) {
      if (block?.reason === 'newer') return null;
      const theirs = storedNow();
      if (theirs === 'blocked') return null;
      const result = theirs ? merged(state, theirs) : state;
      if (!result) return null;
      write(result);
      waiting = false;
      failedCopyOf = null;
      setBlock(null);
      return result;
    },
    receive(text, ours) {
      if (text === null || text === lastText) return null;
      const read = readStoredText(text);
      if (read.kind === 'newer') {
        setBlock({ reason: 'newer', version: read.version });
        return null;
      }
      if (read.kind !== 'read') return null;
      const result = merged(ours, read.state);
      if (!result) return null;
      const reason = copyNeeded(read);
      if (reason !== null && keepBackupCopy(text, reason, storage, now()) === null) {
        failedCopyOf = text;
        setBlock({ reason: 'copy-failed' });
      } else {
        lastText = text;
        lastState = read.state;
      }
      if (block === null && canonicalText(result) !== canonicalText(read.state)) write(result);
      return canonicalText(result) === canonicalText(ours) ? null : result;
    },
    block: () => block,
    waitsForMerge: () => waiting,
    mergeUnavailable() {
      unavailable = true;
      if (waiting) setBlock({ reason: 'merge-unavailable' });
    },
  };
}
