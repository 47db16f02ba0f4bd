import { create } from 'zustand';
import { createAssessment, type Appointee, type Assessment, type ExperienceRecord, type ProficiencyRating } from '../domain/assessment';
import { duplicateOf, withAppointee, withExperience, withRating, withRatingAsItWas, withReview, withTitle } from '../domain/assessment-updates';
import { recordChanges } from '../domain/item-clocks';
import type { DevelopmentAction } from '../domain/development-action';
import { applyPlanChanges, type PlanChange } from '../domain/plan-changes';
import type { Review } from '../domain/review-schema';
import { startNewRound } from '../domain/rounds';
import type { Language } from '../domain/localized-text';
import type { RoleProfileId } from '../domain/role-profile';
import { initialStoredState, type StoredState } from '../domain/stored-state';
import { newId } from '../lib/ids';
import type { PersistentStorageOutcome as BrowserAnswer } from '../lib/persistent-storage';
import { afterNextPaint } from '../lib/after-next-paint';
import { browserStorage } from '../lib/safe-storage';
import { holdableNotifications } from './held-notifications';
import { createWriter, loadStoredState, type StorageNotice } from './persistence';
import { storageKey } from './storage-key';

export type PersistentStorageOutcome = 'unknown' | BrowserAnswer;

interface AppState extends StoredState {
  /** What the user must be told about the stored data (newer version, unreadable text, parts set aside). */
  storageNotices: StorageNotice[];
  /** False while a newer app's data is stored: nothing is written over it. */
  writable: boolean;
  /** Whether the browser agreed to keep this site's data under storage pressure (navigator.storage.persist). */
  persistentStorage: PersistentStorageOutcome;
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
  /** Undoes a cleared rating: level, target and note back as they were. */
  undoClearRating(id: string, key: string, rating: ProficiencyRating): void;
  recordExperience(id: string, experienceId: string, patch: Partial<ExperienceRecord>): void;
  addAction(id: string, action: Omit<DevelopmentAction, 'id'>): string;
  updateAction(id: string, actionId: string, patch: Partial<Omit<DevelopmentAction, 'id'>>): void;
  removeAction(id: string, actionId: string): void;
  startRound(id: string, today: string): void;
  /** Attaches a review (replacing an earlier export of the same one); self-ratings are never touched. */
  importReview(id: string, review: Review): void;
  /** Applies the accepted changes of an assistant's plan hand-off; rejected ones change nothing. */
  acceptPlanChanges(id: string, changes: readonly PlanChange[], accepted: ReadonlySet<string>): void;
  /** Adds imported assessments: 'replace' overwrites one with the same id; 'keep-both' gives the import a new id. */
  importAssessments(assessments: Assessment[], mode: 'replace' | 'keep-both', copySuffix: string): string[];
  /** The user saved a backup file of their assessments. */
  exportedBackup(at: string): void;
  /** The user has read a notice about the stored data. */
  dismissStorageNotice(kind: StorageNotice['kind']): void;
  /** The user downloaded or no longer wants a part that could not be read. */
  discardSetAside(name: string): void;
  persistentStorageAnswered(outcome: PersistentStorageOutcome): void;
}

const now = () => new Date().toISOString();

const loaded = loadStoredState();

/** True while a state is taken in as it is (what was stored, or a merge with another tab's): it is not this tab's change. */
let adopting = false;

/** The store's listeners (the screen's subscriptions and the write to storage), which a change can hold for a frame. */
let notifications: ReturnType<typeof holdableNotifications<AppState>>;

export const useAppStore = create<AppState>()((setState, get, api) => {
      /**
       * Every update stamps the items it changed with the time (item clocks, for the two-tab merge) in the same
       * update, so a rating notifies the screen's subscribers once, not once for the change and again for its clocks.
       * The store's own setState stamps too, so a change made from outside the actions is counted alike.
       */
      function set(partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)): void {
        setState((state) => {
          const change = typeof partial === 'function' ? partial(state) : partial;
          return adopting ? change : withChangesStamped(state, change, Date.now());
        });
      }
      // (No `replace`: nothing replaces the whole state.)
      api.setState = set;
      notifications = holdableNotifications(api.subscribe, api.getState);
      api.subscribe = notifications.subscribe;
      function update(id: string, change: (assessment: Assessment) => Assessment): void {
        set((state) => {
          const assessment = state.assessments[id];
          return assessment ? { assessments: { ...state.assessments, [id]: change(assessment) } } : {};
        });
      }
      return {
        // The first state is the empty one, as in the prerendered page (zustand hydrates React from the initial
        // state); what was stored is applied just below, before anything listens.
        ...initialStoredState,
        storageNotices: [],
        writable: true,
        persistentStorage: 'unknown',
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
        undoClearRating: (id, key, rating) => update(id, (a) => withRatingAsItWas(a, key, rating, now())),
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
        importReview: (id, review) => update(id, (a) => withReview(a, review, now())),
        acceptPlanChanges: (id, changes, accepted) =>
          update(id, (a) => (accepted.size === 0 ? a : { ...a, actions: applyPlanChanges(a.actions ?? [], changes, accepted), updatedAt: now() })),
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
        exportedBackup: (at) => set({ lastExportedAt: at, changesSinceExport: 0 }),
        dismissStorageNotice: (kind) => set((state) => ({ storageNotices: state.storageNotices.filter((notice) => notice.kind !== kind) })),
        discardSetAside: (name) => set((state) => ({ setAside: Object.fromEntries(Object.entries(state.setAside).filter(([key]) => key !== name)) })),
        persistentStorageAnswered: (outcome) => set({ persistentStorage: outcome }),
      };
});

/**
 * Runs `action` (a change the browser already shows, such as a radio it checked itself) with the store's listeners
 * told after the next frame: the state changes at once, so whatever reads it sees the change, while the screen's
 * re-render and the write to storage wait until that frame is painted. A key press is then painted as fast as the
 * browser can (decision 015). The write still comes before the page is hidden or left.
 */
export function notifyAfterNextPaint(action: () => void): void {
  notifications.hold(action);
  afterNextPaint(notifications.release);
}

/** The part of the state that is stored. */
export function storedPartOf(state: StoredState): StoredState {
  return {
    language: state.language,
    assessments: state.assessments,
    currentAssessmentId: state.currentAssessmentId,
    setAside: state.setAside,
    clocks: state.clocks,
    deleted: state.deleted,
    lastExportedAt: state.lastExportedAt,
    changesSinceExport: state.changesSinceExport,
  };
}

const storedKeys = Object.keys(initialStoredState) as (keyof StoredState)[];

/**
 * `change` applied to `state`, with the items it changed stamped with `time` (their clocks), deleted assessments
 * marked and the changes since the last export counted; `change` itself when it changes nothing stored.
 */
export function withChangesStamped<T extends StoredState>(state: T, change: Partial<T>, time: number): Partial<T> {
  const next = { ...state, ...change };
  if (storedKeys.every((key) => next[key] === state[key])) return change;
  const recorded = recordChanges(storedPartOf(state), storedPartOf(next), time);
  if (recorded.clocks === next.clocks && recorded.deleted === next.deleted) return change;
  return { ...change, clocks: recorded.clocks, deleted: recorded.deleted, changesSinceExport: recorded.changesSinceExport };
}

/** Takes in a state merged with another tab's (or what was stored), without counting it as this tab's change. */
function adopt(merged: Partial<AppState>): void {
  adopting = true;
  try {
    useAppStore.setState(merged);
  } finally {
    adopting = false;
  }
}

adopt({ ...loaded.state, storageNotices: loaded.notices, writable: loaded.writable });

const writer = createWriter(browserStorage.getItem(storageKey), loaded.writable, (version) =>
  useAppStore.setState((state) => ({ writable: false, storageNotices: [...state.storageNotices.filter((n) => n.kind !== 'newer'), { kind: 'newer', version }] })),
);

// Every change of the stored part (already stamped by the update that made it) is written, merged with what another
// tab wrote since; a merge that changed something is taken in.
useAppStore.subscribe((state, previous) => {
  if (adopting || storedKeys.every((key) => state[key] === previous[key])) return;
  const written = writer.save(storedPartOf(state));
  if (written && storedKeys.some((key) => written[key] !== state[key])) adopt(written);
});

// Data that was migrated or partly set aside is written at once, so what was set aside is kept by name.
if (loaded.writable && loaded.notices.some((notice) => notice.kind === 'migrated' || notice.kind === 'set-aside')) writer.save(loaded.state);

/**
 * Another tab changed the saved data: merge it item by item, so this tab shows the newest data and neither tab's edit
 * is lost. Returns the function that stops listening.
 */
export function followOtherTabs(): () => void {
  function onStorage(event: StorageEvent) {
    if (event.key !== storageKey) return;
    const merged = writer.receive(event.newValue, storedPartOf(useAppStore.getState()));
    if (merged) adopt(merged);
  }
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
