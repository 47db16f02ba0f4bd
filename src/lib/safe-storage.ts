/**
 * localStorage that never throws. When the browser refuses a write (full, private mode, a passing fault), the value
 * is kept in memory, `isPersistent()` turns false so the app can say so, and the next write tries the browser again:
 * once a write goes through, nothing is left unsaved and `isPersistent()` is true again. When storage is blocked
 * outright, everything lives in memory. While storage works it is the only source of truth (another tab may write it).
 */
export interface SafeStorage {
  getItem(key: string): string | null;
  /**
   * What the browser holds under `key`, read from the browser itself (never from memory): `ok: false` when the read
   * failed, so that a fault is never taken for "nothing stored". Where there is no browser storage, memory is all.
   */
  readStored(key: string): StoredRead;
  /** Writes `value`; true when the browser kept it, false when only memory holds it. */
  setItem(key: string, value: string): boolean;
  removeItem(key: string): void;
  /** Every key, from the browser's storage (and memory where it is not saved). */
  keys(): string[];
  isPersistent(): boolean;
  /** Calls `listener` when `isPersistent()` changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export type StoredRead = { ok: true; value: string | null } | { ok: false };

export function createSafeStorage(getBackend: () => Storage | undefined): SafeStorage {
  const memory = new Map<string, string | null>();
  /** Keys whose newest value is only in memory. */
  const unsaved = new Set<string>();
  const listeners = new Set<() => void>();
  let backend: Storage | undefined;
  try {
    backend = getBackend();
  } catch {
    backend = undefined;
  }
  let persistent = backend !== undefined;

  function settle() {
    const now = backend !== undefined && unsaved.size === 0;
    if (now !== persistent) {
      persistent = now;
      listeners.forEach((listener) => listener());
    }
  }

  function write(key: string, value: string | null): boolean {
    memory.set(key, value);
    if (!backend) return false;
    let kept = true;
    try {
      if (value === null) backend.removeItem(key);
      else backend.setItem(key, value);
      unsaved.delete(key);
    } catch {
      unsaved.add(key);
      kept = false;
    }
    settle();
    return kept;
  }

  return {
    getItem(key) {
      if (backend && !unsaved.has(key)) {
        try {
          return backend.getItem(key);
        } catch {
          // A read that fails falls back to what this tab last wrote.
        }
      }
      return memory.get(key) ?? null;
    },
    readStored(key) {
      if (!backend) return { ok: true, value: memory.get(key) ?? null };
      try {
        return { ok: true, value: backend.getItem(key) };
      } catch {
        return { ok: false };
      }
    },
    setItem: (key, value) => write(key, value),
    removeItem: (key) => void write(key, null),
    keys() {
      const stored: string[] = [];
      if (backend) {
        try {
          for (let index = 0; index < backend.length; index++) {
            const key = backend.key(index);
            if (key !== null) stored.push(key);
          }
        } catch {
          // Listing is best effort.
        }
      }
      const inMemory = [...memory.entries()].filter(([, value]) => value !== null).map(([key]) => key);
      return [...new Set([...stored, ...inMemory])].filter((key) => !(unsaved.has(key) && memory.get(key) === null));
    },
    isPersistent: () => persistent,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const browserStorage = createSafeStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));
