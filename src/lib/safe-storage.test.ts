import { describe, expect, it } from 'vitest';
import { createSafeStorage } from './safe-storage';

function failingStorage(): Storage {
  return {
    length: 0,
    clear() {},
    key: () => null,
    getItem() {
      throw new Error('SecurityError');
    },
    setItem() {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem() {},
  };
}

describe('createSafeStorage', () => {
  it('reads and writes through to localStorage when it works', () => {
    const storage = createSafeStorage(() => localStorage);
    storage.setItem('k', 'v');
    expect(localStorage.getItem('k')).toBe('v');
    expect(storage.getItem('k')).toBe('v');
    expect(storage.isPersistent()).toBe(true);
  });

  it('keeps working in memory when the browser refuses storage', () => {
    const storage = createSafeStorage(() => {
      throw new Error('blocked');
    });
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    expect(storage.isPersistent()).toBe(false);
  });

  it('keeps the value in memory and reports it when a write fails', () => {
    const storage = createSafeStorage(failingStorage);
    let told = 0;
    storage.subscribe(() => (told += 1));
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(told).toBe(1);
    expect(storage.getItem('k')).toBe('v');
    expect(storage.isPersistent()).toBe(false);
  });

  it('works where there is no storage at all (prerendering)', () => {
    const storage = createSafeStorage(() => undefined);
    expect(storage.getItem('k')).toBeNull();
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    expect(storage.isPersistent()).toBe(false);
  });
});

describe('createSafeStorage after a passing fault', () => {
  it('tries the browser again on the next write, and says when everything is saved again', () => {
    let failNext = true;
    const backing = new Map<string, string>();
    const flaky: Storage = {
      get length() {
        return backing.size;
      },
      clear: () => backing.clear(),
      key: (index) => [...backing.keys()][index] ?? null,
      getItem: (key) => backing.get(key) ?? null,
      setItem(key, value) {
        if (failNext) {
          failNext = false;
          throw new DOMException('full', 'QuotaExceededError');
        }
        backing.set(key, value);
      },
      removeItem: (key) => void backing.delete(key),
    };
    const storage = createSafeStorage(() => flaky);
    const seen: boolean[] = [];
    storage.subscribe(() => seen.push(storage.isPersistent()));
    storage.setItem('k', 'first');
    expect(storage.getItem('k')).toBe('first');
    expect(storage.isPersistent()).toBe(false);
    storage.setItem('k', 'second');
    expect(backing.get('k')).toBe('second');
    expect(storage.isPersistent()).toBe(true);
    expect(seen).toEqual([false, true]);
    expect(storage.keys()).toEqual(['k']);
  });
});

describe('createSafeStorage.readStored', () => {
  it('reads the browser itself: a failed read is a fault, never "nothing stored", and memory never stands in', () => {
    const storage = createSafeStorage(failingStorage);
    expect(storage.setItem('k', 'v')).toBe(false);
    expect(storage.getItem('k')).toBe('v');
    expect(storage.readStored('k')).toEqual({ ok: false });
  });

  it('says what the browser holds, and whether a write was kept', () => {
    const storage = createSafeStorage(() => localStorage);
    expect(storage.readStored('k')).toEqual({ ok: true, value: null });
    expect(storage.setItem('k', 'v')).toBe(true);
    expect(storage.readStored('k')).toEqual({ ok: true, value: 'v' });
  });

  it('reads memory where there is no browser storage at all', () => {
    const storage = createSafeStorage(() => undefined);
    storage.setItem('k', 'v');
    expect(storage.readStored('k')).toEqual({ ok: true, value: 'v' });
  });
});

describe('createSafeStorage with another writer', () => {
  it('reads what another tab wrote to localStorage while storage works', () => {
    const storage = createSafeStorage(() => localStorage);
    storage.setItem('k', 'mine');
    localStorage.setItem('k', 'theirs');
    expect(storage.getItem('k')).toBe('theirs');
  });
});
