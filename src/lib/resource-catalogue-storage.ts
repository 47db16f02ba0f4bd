import { useSyncExternalStore } from 'react';
import { keptResourceCatalogueSchema, type ResourceCatalogue } from '../domain/scoring/resource-catalogue';
import type { SafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

/** The catalogue's own key: apart from the user's assessments, replaced whole, removed only at the user's request. */
export const resourceCatalogueKey = storageKeys.resourceCatalogue;

/** The kept catalogue, or null when none is kept or what is kept no longer reads (it is then left as it is). */
export function readKeptCatalogue(storage: SafeStorage): ResourceCatalogue | null {
  const text = storage.getItem(resourceCatalogueKey);
  if (text === null) return null;
  try {
    const parsed = keptResourceCatalogueSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
const tell = () => listeners.forEach((listener) => listener());

/**
 * Keeps `catalogue` in place of the one kept before. True when the browser kept it; false when it holds it in memory
 * only (storage full or blocked): this tab uses it, and the browser still holds the one before.
 */
export function keepCatalogue(storage: SafeStorage, catalogue: ResourceCatalogue): boolean {
  const kept = storage.setItem(resourceCatalogueKey, JSON.stringify(catalogue));
  tell();
  return kept;
}

/** Forgets the kept catalogue (the user asked to). */
export function removeCatalogue(storage: SafeStorage): void {
  storage.removeItem(resourceCatalogueKey);
  tell();
}

let cached: { storage: SafeStorage; text: string | null; catalogue: ResourceCatalogue | null } | null = null;

/** The kept catalogue, read again when this tab keeps or removes one, or another tab does (the storage event). */
export function useKeptCatalogue(storage: SafeStorage): ResourceCatalogue | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      const onStorage = (event: StorageEvent) => {
        if (event.key === resourceCatalogueKey || event.key === null) listener();
      };
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', onStorage);
      };
    },
    () => {
      const text = storage.getItem(resourceCatalogueKey);
      if (cached?.storage !== storage || cached.text !== text) cached = { storage, text, catalogue: readKeptCatalogue(storage) };
      return cached.catalogue;
    },
    () => null,
  );
}
