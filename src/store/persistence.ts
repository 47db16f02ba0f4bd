import { z } from 'zod/mini';
import { languageSchema } from '../domain/localized-text';

/** The one localStorage key the app writes, and the version of what it writes there. */
export const storageKey = 'cio-skills-compass';
export const persistedVersion = 1;

export const persistedStateSchema = z.object({
  language: languageSchema,
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export const initialPersistedState: PersistedState = { language: 'th' };

/**
 * Brings a stored state of any known version to the current one, then re-parses it.
 * Version 1 is the first; later versions add one named step each.
 * Anything that does not parse falls back to the defaults rather than crashing the app.
 */
export function migratePersistedState(stored: unknown, version: number): PersistedState {
  if (version > persistedVersion) return initialPersistedState;
  const parsed = persistedStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : initialPersistedState;
}
