import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../domain/assessment/assessment';
import { schemaVersion } from '../domain/assessment/migrations';
import { initialStoredState, storedText } from '../domain/assessment/stored-state';
import { createSafeStorage } from '../lib/safe-storage';
import version2 from '../../tests/fixtures/persisted-v2.json';
import { backupCopyText, keepBackupCopy, listBackupCopies, removeBackupCopy } from './backup-copies';
import { createWriter, loadStoredState, type WriteBlock } from './persistence';
import { storageKey } from '../lib/storage-keys';
import { mergeWithConflicts } from '../domain/assessment/merge-states';
import { testNow } from '../testing/test-store';

/** A browser storage in a Map, with faults to switch on: reads that throw, and a quota in characters. */
function memoryStorage(initial: Record<string, string> = {}) {
  const backing = new Map(Object.entries(initial));
  const faults = { readsFail: false, quota: Infinity };
  const used = () => [...backing].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  const storage: Storage = {
    get length() {
      return backing.size;
    },
    clear: () => backing.clear(),
    key: (index) => [...backing.keys()][index] ?? null,
    getItem(key) {
      if (faults.readsFail) throw new DOMException('read failed', 'UnknownError');
      return backing.get(key) ?? null;
    },
    setItem(key, value) {
      if (used() - (backing.get(key)?.length ?? -key.length) + value.length > faults.quota) throw new DOMException('full', 'QuotaExceededError');
      backing.set(key, value);
    },
    removeItem: (key) => void backing.delete(key),
  };
  return { backing, faults, storage: createSafeStorage(() => storage), used };
}

const now = () => new Date(testNow);

describe('loadStoredState', () => {
  it('keeps data from a newer app byte for byte, reads nothing from it, and will not write', () => {
    const newer = JSON.stringify({ state: { language: 'en', assessments: { future: { shape: 'unknown' } } }, version: schemaVersion + 1 });
    const { backing, storage } = memoryStorage({ [storageKey]: newer });
    const loaded = loadStoredState(storage, now());
    expect(loaded).toMatchObject({ notices: [{ kind: 'newer', version: schemaVersion + 1 }] });
    expect(loaded.block).toEqual({ reason: 'newer', version: schemaVersion + 1 });
    const writer = createWriter(
      loaded,
      storage,
      now,
      () => {},
      () => mergeWithConflicts,
    );
    expect(writer.save({ ...initialStoredState, language: 'th' })).toBeNull();
    expect(backing.get(storageKey)).toBe(newer);
  });

  it('copies text that is not JSON once, however often the app loads', () => {
    const { storage } = memoryStorage({ [storageKey]: '{"state": {"lang' });
    for (let load = 0; load < 3; load++) expect(loadStoredState(storage, now()).notices).toEqual([{ kind: 'unreadable', reason: 'not-json' }]);
    const copies = listBackupCopies(storage);
    expect(copies).toHaveLength(1);
    expect(backupCopyText(copies[0]?.key ?? '', storage)).toBe('{"state": {"lang');
  });

  it('copies the raw text once before a migration rewrites it, and reports the migration', () => {
    const raw = JSON.stringify(version2);
    const { storage } = memoryStorage({ [storageKey]: raw });
    const loaded = loadStoredState(storage, now());
    expect(loaded).toMatchObject({ notices: [{ kind: 'migrated', from: 2 }], block: null });
    loadStoredState(storage, now());
    const copies = listBackupCopies(storage);
    expect(copies.map((copy) => copy.reason)).toEqual(['before-migration']);
    expect(backupCopyText(copies[0]?.key ?? '', storage)).toBe(raw);
    removeBackupCopy(copies[0]?.key ?? '', storage);
    expect(listBackupCopies(storage)).toEqual([]);
  });
});

describe('createWriter', () => {
  it('merges what another tab wrote since, item by item, before writing', () => {
    const { backing, storage } = memoryStorage();
    const assessment = assessmentSchema.parse({ ...version2.state.assessments.a1b2c3d4, actions: [], rounds: [] });
    const base = { ...initialStoredState, assessments: { [assessment.id]: assessment } };
    const writer = createWriter(
      { text: null, block: null, state: initialStoredState },
      storage,
      now,
      () => {},
      () => mergeWithConflicts,
    );
    writer.save(base);
    // Another tab rates DT100 and writes; this tab, not yet told, rates DS100.
    const theirs = {
      ...base,
      assessments: { [assessment.id]: { ...assessment, ratings: { ...assessment.ratings, 'unit:DT100': { level: 4 } } } },
      clocks: { [assessment.id]: { 'r:unit:DT100': 5 } },
    };
    backing.set(storageKey, storedText(theirs));
    const ours = {
      ...base,
      assessments: { [assessment.id]: { ...assessment, ratings: { ...assessment.ratings, 'unit:DS100': { level: 1 } } } },
      clocks: { [assessment.id]: { 'r:unit:DS100': 6 } },
    };
    const written = writer.save(ours);
    expect(Object.keys(written?.assessments[assessment.id]?.ratings ?? {}).sort()).toEqual(['criterion:SPM304.2', 'unit:DG100', 'unit:DS100', 'unit:DT100']);
    expect(JSON.parse(backing.get(storageKey) ?? '').state.assessments[assessment.id].ratings['unit:DT100']).toEqual({ level: 4 });
  });

  it('stops writing the moment another tab of a newer app writes', () => {
    const { backing, storage } = memoryStorage();
    const told: WriteBlock[] = [];
    const writer = createWriter(
      { text: null, block: null, state: initialStoredState },
      storage,
      now,
      (block) => told.push(block),
      () => mergeWithConflicts,
    );
    const newer = JSON.stringify({ state: {}, version: schemaVersion + 1 });
    expect(writer.receive(newer, initialStoredState)).toBeNull();
    backing.set(storageKey, newer);
    expect(writer.save(initialStoredState)).toBeNull();
    expect(backing.get(storageKey)).toBe(newer);
    expect(told).toEqual([{ reason: 'newer', version: schemaVersion + 1 }]);
    expect(writer.block()).toEqual({ reason: 'newer', version: schemaVersion + 1 });
  });
});

describe('never writing over what could not be read or copied', () => {
  const unreadable = `${JSON.stringify({ state: initialStoredState, version: schemaVersion }).slice(0, -1)}`;
  const ours = { ...initialStoredState, language: 'en' as const };

  it('keeps a copy of unreadable text only once it reads back whole, and then writes', () => {
    const { backing, storage } = memoryStorage({ [storageKey]: unreadable });
    const loaded = loadStoredState(storage, now());
    expect(loaded).toMatchObject({ notices: [{ kind: 'unreadable', reason: 'not-json' }], block: null });
    expect(backupCopyText(listBackupCopies(storage)[0]?.key ?? '', storage)).toBe(unreadable);
    createWriter(
      loaded,
      storage,
      now,
      () => {},
      () => mergeWithConflicts,
    ).save(ours);
    expect(JSON.parse(backing.get(storageKey) ?? '').state.language).toBe('en');
  });

  it('writes nothing over unreadable text when storage is too full for its copy, and says so', () => {
    const { backing, faults, storage, used } = memoryStorage({ [storageKey]: unreadable });
    faults.quota = used();
    const loaded = loadStoredState(storage, now());
    expect(loaded).toMatchObject({ notices: [{ kind: 'not-saving', reason: 'copy-failed' }], block: { reason: 'copy-failed' } });
    expect(listBackupCopies(storage)).toEqual([]);
    const writer = createWriter(
      loaded,
      storage,
      now,
      () => {},
      () => mergeWithConflicts,
    );
    expect(writer.save(ours)).toBeNull();
    expect(writer.save({ ...ours, language: 'th' })).toBeNull();
    expect(backing.get(storageKey)).toBe(unreadable);
    expect([...backing.keys()]).toEqual([storageKey]);
  });

  it('treats a read that fails at load as a fault: nothing is written until a read succeeds, and then the stored data is merged in', () => {
    const assessment = assessmentSchema.parse({ ...version2.state.assessments.a1b2c3d4, actions: [], rounds: [] });
    const stored = storedText({ ...initialStoredState, assessments: { [assessment.id]: assessment }, clocks: { [assessment.id]: { created: 1 } } });
    const { backing, faults, storage } = memoryStorage({ [storageKey]: stored });
    faults.readsFail = true;
    const loaded = loadStoredState(storage, now());
    expect(loaded).toMatchObject({ state: initialStoredState, notices: [{ kind: 'not-saving', reason: 'read-fault' }], block: { reason: 'read-fault' } });
    const told: WriteBlock[] = [];
    const writer = createWriter(
      loaded,
      storage,
      now,
      (block) => told.push(block),
      () => mergeWithConflicts,
    );
    expect(writer.save(ours)).toBeNull();
    expect(backing.get(storageKey)).toBe(stored);
    faults.readsFail = false;
    const written = writer.save(ours);
    expect(Object.keys(written?.assessments ?? {})).toEqual([assessment.id]);
    expect(JSON.parse(backing.get(storageKey) ?? '').state.assessments[assessment.id].id).toBe(assessment.id);
    expect(told).toEqual([null]);
  });

  it('copies unreadable text that appears under the key later (another app) before writing over it', () => {
    const { backing, storage } = memoryStorage();
    const writer = createWriter(
      { text: null, block: null, state: initialStoredState },
      storage,
      now,
      () => {},
      () => mergeWithConflicts,
    );
    writer.save(ours);
    backing.set(storageKey, 'not ours at all');
    writer.save({ ...ours, language: 'th' });
    expect(listBackupCopies(storage).map((copy) => backupCopyText(copy.key, storage))).toEqual(['not ours at all']);
  });

  it('leaves nothing behind, not even in memory, when a copy cannot be kept', () => {
    const { faults, storage } = memoryStorage();
    faults.quota = 10;
    expect(keepBackupCopy('some text', 'unreadable', storage, now())).toBeNull();
    expect(storage.keys()).toEqual([]);
    expect(storage.isPersistent()).toBe(true);
  });

  it('never writes a copy over another content of the same length, and keeps one content once', () => {
    const { backing, storage } = memoryStorage();
    const first = keepBackupCopy('text one', 'unreadable', storage, now()) ?? '';
    expect(keepBackupCopy('text one', 'set-aside', storage, now())).toBe(first);
    const other = keepBackupCopy('text two', 'unreadable', storage, now());
    expect(other).not.toBe(first);
    expect(keepBackupCopy('text two', 'unreadable', storage, now())).toBe(other);
    expect(JSON.parse(backing.get(first) ?? '').text).toBe('text one');
    expect(JSON.parse(backing.get(other ?? '') ?? '').text).toBe('text two');
    expect(listBackupCopies(storage)).toHaveLength(2);
  });
});
