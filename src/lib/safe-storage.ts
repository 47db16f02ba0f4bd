/**
 * localStorage that never throws: when the browser refuses (private mode, blocked, full),
 * reads and writes fall back to memory and `isPersistent()` turns false so the app can say so.
 */
export interface SafeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  isPersistent(): boolean;
}

export function createSafeStorage(getBackend: () => Storage | undefined): SafeStorage {
  const memory = new Map<string, string>();
  let persistent = true;
  function backend(): Storage | undefined {
    if (!persistent) return undefined;
    try {
      const storage = getBackend();
      if (!storage) persistent = false;
      return storage;
    } catch {
      persistent = false;
      return undefined;
    }
  }
  return {
    getItem(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return backend()?.getItem(key) ?? null;
      } catch {
        persistent = false;
        return null;
      }
    },
    setItem(key, value) {
      memory.set(key, value);
      try {
        backend()?.setItem(key, value);
      } catch {
        persistent = false;
      }
    },
    removeItem(key) {
      memory.delete(key);
      try {
        backend()?.removeItem(key);
      } catch {
        persistent = false;
      }
    },
    isPersistent: () => persistent && backend() !== undefined,
  };
}

export const browserStorage = createSafeStorage(() =>
  typeof window === 'undefined' ? undefined : window.localStorage,
);
