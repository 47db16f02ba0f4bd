import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createAssessment, type Appointee, type Assessment, type ExperienceRecord, type ProficiencyRating } from '../domain/assessment';
import { duplicateOf, withAppointee, withExperience, withRating, withTitle } from '../domain/assessment-updates';
import type { DevelopmentAction } from '../domain/plan';
import { startNewRound } from '../domain/rounds';
import type { Language } from '../domain/localized-text';
import type { RoleProfileId } from '../domain/role-profile';
import { newId } from '../lib/ids';
import { browserStorage } from '../lib/safe-storage';
import {
  initialPersistedState,
  migratePersistedState,
  persistedVersion,
  salvagePersistedState,
  type PersistedState,
} from './persistence';
import { storageKey } from './storage-key';

interface AppState extends PersistedState {
  /** Parts of the stored state that could not be read at start (kept in a backup key, not lost). */
  unreadableOnLoad: string[];
  chooseLanguage(language: Language): void;
  startAssessment(input: { profileId: RoleProfileId; appointee: Appointee; title?: string }): string;
  updateAppointee(id: string, appointee: Appointee): void;
  renameAssessment(id: string, title: string): void;
  switchAssessment(id: string): void;
  duplicateAssessment(id: string, title: string): string | undefined;
  deleteAssessment(id: string): void;
  rateItem(id: string, key: string, level: ProficiencyRating['level']): void;
  setItemTarget(id: string, key: string, target: ProficiencyRating['target']): void;
  noteItem(id: string, key: string, note: string): void;
  recordExperience(id: string, experienceId: string, patch: Partial<ExperienceRecord>): void;
  addAction(id: string, action: Omit<DevelopmentAction, 'id'>): string;
  updateAction(id: string, actionId: string, patch: Partial<Omit<DevelopmentAction, 'id'>>): void;
  removeAction(id: string, actionId: string): void;
  startRound(id: string, today: string): void;
  /** Adds imported assessments: 'replace' overwrites one with the same id; 'keep-both' gives the import a new id. */
  importAssessments(assessments: Assessment[], mode: 'replace' | 'keep-both', copySuffix: string): string[];
}

const now = () => new Date().toISOString();

/** Keeps a copy of a stored state that could not be read in full, under a key of its own. */
function backUpUnreadable(): void {
  const raw = browserStorage.getItem(storageKey);
  if (raw) browserStorage.setItem(`${storageKey}:unreadable:${now()}`, raw);
}

export const useAppStore = create<AppState>()(
  persist(
    (set, get) => {
      function update(id: string, change: (assessment: Assessment) => Assessment): void {
        set((state) => {
          const assessment = state.assessments[id];
          return assessment ? { assessments: { ...state.assessments, [id]: change(assessment) } } : {};
        });
      }
      return {
        ...initialPersistedState,
        unreadableOnLoad: [],
        chooseLanguage: (language) => set({ language }),
        startAssessment: ({ profileId, appointee, title }) => {
          const assessment = createAssessment({ id: newId(), title, profileId, appointee, now: now() });
          set((state) => ({ assessments: { ...state.assessments, [assessment.id]: assessment }, currentAssessmentId: assessment.id }));
          return assessment.id;
        },
        updateAppointee: (id, appointee) => update(id, (a) => withAppointee(a, appointee, now())),
        renameAssessment: (id, title) => update(id, (a) => withTitle(a, title, now())),
        switchAssessment: (id) => {
          if (get().assessments[id] && get().currentAssessmentId !== id) set({ currentAssessmentId: id });
        },
        duplicateAssessment: (id, title) => {
          const original = get().assessments[id];
          if (!original) return undefined;
          const copy = duplicateOf(original, { id: newId(), title, now: now() });
          set((state) => ({ assessments: { ...state.assessments, [copy.id]: copy }, currentAssessmentId: copy.id }));
          return copy.id;
        },
        deleteAssessment: (id) =>
          set((state) => {
            const assessments = Object.fromEntries(Object.entries(state.assessments).filter(([key]) => key !== id));
            return { assessments, currentAssessmentId: state.currentAssessmentId === id ? null : state.currentAssessmentId };
          }),
        rateItem: (id, key, level) => update(id, (a) => withRating(a, key, { level }, now())),
        setItemTarget: (id, key, target) => update(id, (a) => withRating(a, key, { target }, now())),
        noteItem: (id, key, note) => update(id, (a) => withRating(a, key, { note }, now())),
        recordExperience: (id, experienceId, patch) => update(id, (a) => withExperience(a, experienceId, patch, now())),
        addAction: (id, action) => {
          const actionId = newId();
          update(id, (a) => ({ ...a, actions: [...(a.actions ?? []), { ...action, id: actionId }], updatedAt: now() }));
          return actionId;
        },
        updateAction: (id, actionId, patch) =>
          update(id, (a) => ({ ...a, actions: (a.actions ?? []).map((action) => (action.id === actionId ? { ...action, ...patch } : action)), updatedAt: now() })),
        removeAction: (id, actionId) => update(id, (a) => ({ ...a, actions: (a.actions ?? []).filter((action) => action.id !== actionId), updatedAt: now() })),
        startRound: (id, today) => update(id, (a) => startNewRound(a, { today, now: now() })),
        importAssessments: (incoming, mode, copySuffix) => {
          const existing = get().assessments;
          const added = incoming.map((assessment) =>
            mode === 'keep-both' && existing[assessment.id]
              ? { ...assessment, id: newId(), ...(assessment.title ? { title: `${assessment.title} ${copySuffix}` } : {}) }
              : assessment,
          );
          set((state) => ({ assessments: { ...state.assessments, ...Object.fromEntries(added.map((a) => [a.id, a])) } }));
          return added.map((a) => a.id);
        },
      };
    },
    {
      name: storageKey,
      version: persistedVersion,
      storage: createJSONStorage(() => browserStorage),
      partialize: (state): PersistedState => ({
        language: state.language,
        assessments: state.assessments,
        currentAssessmentId: state.currentAssessmentId,
      }),
      migrate: migratePersistedState,
      // Re-parse what was stored: a hand-edited or corrupted part never reaches the app, and is backed up.
      merge: (stored, current) => {
        const { state, dropped } = salvagePersistedState(stored);
        if (dropped.length > 0) backUpUnreadable();
        return { ...current, ...state, unreadableOnLoad: dropped };
      },
    },
  ),
);

/**
 * Another tab changed the saved data: read it again, so this tab shows the newest data and never writes older
 * data over it. Returns the function that stops listening.
 */
export function followOtherTabs(): () => void {
  function onStorage(event: StorageEvent) {
    if (event.key === storageKey) void useAppStore.persist.rehydrate();
  }
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
