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
}

export function createSafeStorage(getBackend: () => Storage | undefined): SafeStorage {
  const memory = new Map<string, string>();
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
  };
}

export const browserStorage = createSafeStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));
