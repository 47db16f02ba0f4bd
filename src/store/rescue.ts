import { storedText } from '../domain/assessment/stored-state';
import { browserStorage } from '../lib/safe-storage';
import type { AppStore } from './app-store';
import { storedPartOf } from './app-store';
import { rawStoredText } from './persistence';

/**
 * The user's data for "Download my data", read as directly as possible: the raw text stored under the app's key,
 * untouched (a newer app's data included; what storage refused is read from memory); if nothing is stored, what this
 * tab holds. The backup screen imports either.
 */
export function rescueText(store: AppStore | null): string {
  // Without a store (its making failed), the browser's storage is read directly.
  const raw = rawStoredText(store?.storage ?? browserStorage);
  if (raw !== null) return raw;
  try {
    return store ? storedText(storedPartOf(store.getState())) : '';
  } catch {
    return '';
  }
}
