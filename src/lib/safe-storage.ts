/**
 * localStorage that never throws: when the browser refuses (private mode, blocked, full),
 * reads and writes fall back to memory and `isPersistent()` turns false so the app can say so.
 * While storage works it is the only source of truth (another tab may have written it).
 */
export interface SafeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  isPersistent(): boolean;
  /** Calls `listener` when the storage stops working (full, blocked); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createSafeStorage(getBackend: () => Storage | undefined): SafeStorage {
  const memory = new Map<string, string>();
  const listeners = new Set<() => void>();
  let backend: Storage | undefined;
  try {
    backend = getBackend();
  } catch {
    backend = undefined;
  }

  function attempt<T>(action: (storage: Storage) => T): { ok: true; value: T } | { ok: false } {
    if (!backend) return { ok: false };
    try {
      return { ok: true, value: action(backend) };
    } catch {
      backend = undefined;
      listeners.forEach((listener) => listener());
      return { ok: false };
    }
  }

  return {
    getItem(key) {
      const stored = attempt((storage) => storage.getItem(key));
      return stored.ok ? stored.value : (memory.get(key) ?? null);
    },
    setItem(key, value) {
      memory.set(key, value);
      attempt((storage) => storage.setItem(key, value));
    },
    removeItem(key) {
      memory.delete(key);
      attempt((storage) => storage.removeItem(key));
    },
    isPersistent: () => backend !== undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const browserStorage = createSafeStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));
