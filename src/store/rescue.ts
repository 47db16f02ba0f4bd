import { storedText } from '../domain/stored-state';
import { storedPartOf, useAppStore } from './app-store';
import { rawStoredText } from './persistence';

/**
 * The user's data for "Download my data", read as directly as possible: the raw text stored under the app's key,
 * untouched; if nothing is stored (storage blocked, or a newer app's data is kept apart), what this tab holds.
 * The backup screen imports either.
 */
export function rescueText(): string {
  try {
    const raw = rawStoredText();
    if (raw !== null && useAppStore.getState().writable) return raw;
    return storedText(storedPartOf(useAppStore.getState()));
  } catch {
    return rawStoredText() ?? '';
  }
}
