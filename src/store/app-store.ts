import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '../domain/localized-text';
import { browserStorage } from '../lib/safe-storage';
import {
  initialPersistedState,
  migratePersistedState,
  persistedStateSchema,
  persistedVersion,
  storageKey,
  type PersistedState,
} from './persistence';

interface AppState extends PersistedState {
  chooseLanguage(language: Language): void;
}

export const useAppStore = create<AppState>()(
  persist(
    (set) => ({
      ...initialPersistedState,
      chooseLanguage: (language) => set({ language }),
    }),
    {
      name: storageKey,
      version: persistedVersion,
      storage: createJSONStorage(() => browserStorage),
      partialize: (state): PersistedState => ({ language: state.language }),
      migrate: migratePersistedState,
      // Re-parse what was stored: a hand-edited or corrupted value never reaches the app.
      merge: (stored, current) => {
        const parsed = persistedStateSchema.safeParse(stored);
        return parsed.success ? { ...current, ...parsed.data } : current;
      },
    },
  ),
);
