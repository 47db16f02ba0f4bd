import { storedText } from '../domain/stored-state';
import { storedPartOf, useAppStore } from './app-store';
import { rawStoredText } from './persistence';

/**
 * The user's data for "Download my data", read as directly as possible: the raw text stored under the app's key,
 * untouched (a newer app's data included; what storage refused is read from memory); if nothing is stored, what this
 * tab holds. The backup screen imports either.
 */
export function rescueText(): string {
  const raw = rawStoredText();
  if (raw !== null) return raw;
  try {
    return storedText(storedPartOf(useAppStore.getState()));
  } catch {
    return '';
  }
}
