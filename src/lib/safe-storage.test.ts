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

describe('createSafeStorage with another writer', () => {
  it('reads what another tab wrote to localStorage while storage works', () => {
    const storage = createSafeStorage(() => localStorage);
    storage.setItem('k', 'mine');
    localStorage.setItem('k', 'theirs');
    expect(storage.getItem('k')).toBe('theirs');
  });
});
