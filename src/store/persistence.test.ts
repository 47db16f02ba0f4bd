import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../domain/assessment';
import { schemaVersion } from '../domain/migrations';
import { initialStoredState, storedText } from '../domain/stored-state';
import { createSafeStorage } from '../lib/safe-storage';
import version2 from '../../tests/fixtures/persisted-v2.json';
import { backupCopyText, createWriter, listBackupCopies, loadStoredState, removeBackupCopy } from './persistence';
import { storageKey } from './storage-key';

function memoryStorage(initial: Record<string, string> = {}) {
  const backing = new Map(Object.entries(initial));
  const storage: Storage = {
    get length() {
      return backing.size;
    },
    clear: () => backing.clear(),
    key: (index) => [...backing.keys()][index] ?? null,
    getItem: (key) => backing.get(key) ?? null,
    setItem: (key, value) => void backing.set(key, value),
    removeItem: (key) => void backing.delete(key),
  };
  return { backing, storage: createSafeStorage(() => storage) };
}

describe('loadStoredState', () => {
  it('keeps data from a newer app byte for byte, reads nothing from it, and will not write', () => {
    const newer = JSON.stringify({ state: { language: 'en', assessments: { future: { shape: 'unknown' } } }, version: schemaVersion + 1 });
    const { backing, storage } = memoryStorage({ [storageKey]: newer });
    const loaded = loadStoredState(storage);
    expect(loaded).toMatchObject({ writable: false, notices: [{ kind: 'newer', version: schemaVersion + 1 }] });
    const writer = createWriter(newer, loaded.writable, () => {}, storage);
    expect(writer.save({ ...initialStoredState, language: 'th' })).toBeNull();
    expect(backing.get(storageKey)).toBe(newer);
  });

  it('copies text that is not JSON once, however often the app loads', () => {
    const { storage } = memoryStorage({ [storageKey]: '{"state": {"lang' });
    for (let load = 0; load < 3; load++) expect(loadStoredState(storage).notices).toEqual([{ kind: 'unreadable', reason: 'not-json' }]);
    const copies = listBackupCopies(storage);
    expect(copies).toHaveLength(1);
    expect(backupCopyText(copies[0]?.key ?? '', storage)).toBe('{"state": {"lang');
  });

  it('copies the raw text once before a migration rewrites it, and reports the migration', () => {
    const raw = JSON.stringify(version2);
    const { storage } = memoryStorage({ [storageKey]: raw });
    const loaded = loadStoredState(storage);
    expect(loaded.notices).toEqual([{ kind: 'migrated', from: 2 }]);
    loadStoredState(storage);
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
    const writer = createWriter(null, true, () => {}, storage);
    writer.save(base);
    // Another tab rates DT100 and writes; this tab, not yet told, rates DS100.
    const theirs = { ...base, assessments: { [assessment.id]: { ...assessment, ratings: { ...assessment.ratings, 'unit:DT100': { level: 4 } } } }, clocks: { [assessment.id]: { 'r:unit:DT100': 5 } } };
    backing.set(storageKey, storedText(theirs));
    const ours = { ...base, assessments: { [assessment.id]: { ...assessment, ratings: { ...assessment.ratings, 'unit:DS100': { level: 1 } } } }, clocks: { [assessment.id]: { 'r:unit:DS100': 6 } } };
    const written = writer.save(ours);
    expect(Object.keys(written?.assessments[assessment.id]?.ratings ?? {}).sort()).toEqual(['criterion:SPM304.2', 'unit:DG100', 'unit:DS100', 'unit:DT100']);
    expect(JSON.parse(backing.get(storageKey) ?? '').state.assessments[assessment.id].ratings['unit:DT100']).toEqual({ level: 4 });
  });

  it('stops writing the moment another tab of a newer app writes', () => {
    const { backing, storage } = memoryStorage();
    let told = 0;
    const writer = createWriter(null, true, () => (told += 1), storage);
    const newer = JSON.stringify({ state: {}, version: schemaVersion + 1 });
    expect(writer.receive(newer, initialStoredState)).toBeNull();
    backing.set(storageKey, newer);
    expect(writer.save(initialStoredState)).toBeNull();
    expect(backing.get(storageKey)).toBe(newer);
    expect(told).toBe(1);
    expect(writer.isWritable()).toBe(false);
  });
});
