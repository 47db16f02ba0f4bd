import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAssessment, type Assessment } from '../domain/assessment/assessment';
import {
  duplicateOf,
  withAppointee,
  withExperience,
  withRating,
  withRatingAsItWas,
  withReview,
  withSentRequest,
  withTitle,
} from '../domain/assessment/assessment-updates';
import { recordChanges } from '../domain/assessment/item-clocks';
import { liveConflict } from '../domain/assessment/conflict-schema';
import { applyPlanChanges } from '../domain/scoring/plan-changes';
import { startNewRound } from '../domain/assessment/rounds';
import { initialStoredState, type StoredState } from '../domain/assessment/stored-state';
import type { Clock } from '../lib/clock';
import { newId } from '../lib/ids';
import type { SafeStorage } from '../lib/safe-storage';
import type { Scheduler } from '../lib/scheduler';
import type { AppState } from './app-state';
import { holdableNotifications } from './held-notifications';
import type { Merge } from './persistence';
import { attachStorage, type StorageClient, type StorageEvents } from './storage-client';

/** The one store of the app: its state and actions, with the clock, storage and scheduler it was made with. */
export interface AppStore extends StoreApi<AppState> {
  readonly clock: Clock;
  readonly storage: SafeStorage;
  /**
   * Runs `action` (a change the browser already shows, such as a radio it checked itself) with the store's listeners
   * told after the next frame: the state changes at once, so whatever reads it sees the change, while the screen's
   * re-render and the write to storage wait until that frame is painted (decision 015). The write still comes before
   * the page is hidden or left.
   */
  notifyAfterNextPaint(action: () => void): void;
  /** Takes in a state as it is (what was stored, or a merge with another tab's): not counted as this tab's change. */
  adopt(state: Partial<AppState>): void;
}

export interface AppStoreOptions {
  storage: SafeStorage;
  clock: Clock;
  scheduler: Scheduler;
  /** Where another tab's writes are heard (the window's `storage` events); none where there is no window. */
  events?: StorageEvents;
  /** The two-tab merge at once (tests); without it, its code is loaded after the first screen. */
  merge?: Merge;
}

/**
 * Makes the app's store and attaches its storage client: what was stored is read and taken in, every change is
 * written (merged with another tab's), another tab's writes are merged in, and the day is followed. `close()` stops
 * all of it. Nothing happens at import: the composition root makes one store, each test its own.
 */
export function createAppStore(options: AppStoreOptions): { store: AppStore; client: StorageClient } {
  const store = makeStore(options);
  return { store, client: attachStorage(store, options) };
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
    conflicts: state.conflicts,
    lastExportedAt: state.lastExportedAt,
    changesSinceExport: state.changesSinceExport,
  };
}

export const storedKeys = Object.keys(initialStoredState) as (keyof StoredState)[];

/** True when no stored part differs between the two states. */
export function sameStoredParts(a: StoredState, b: StoredState): boolean {
  return storedKeys.every((key) => a[key] === b[key]);
}

/**
 * `change` applied to `state`, with the items it changed stamped with `time` (their clocks), deleted assessments
 * marked and the changes since the last export counted; `change` itself when it changes nothing stored.
 */
export function withChangesStamped<T extends StoredState>(state: T, change: Partial<T>, time: number): Partial<T> {
  const next = { ...state, ...change };
  if (sameStoredParts(next, state)) return change;
  const recorded = recordChanges(storedPartOf(state), storedPartOf(next), time);
  if (recorded.clocks === next.clocks && recorded.deleted === next.deleted) return change;
  return { ...change, clocks: recorded.clocks, deleted: recorded.deleted, changesSinceExport: recorded.changesSinceExport };
}

function makeStore({ storage, clock, scheduler }: AppStoreOptions): AppStore {
  const now = () => clock.now().toISOString();
  /** True while a state is taken in as it is: it is not this tab's change. */
  let adopting = false;
  const api = createStore<AppState>()((setState, get, api) => {
    /**
     * Every update stamps the items it changed with the time (item clocks, for the two-tab merge) in the same
     * update, so a rating notifies the screen's subscribers once, not once for the change and again for its clocks.
     * The store's own setState stamps too, so a change made from outside the actions is counted alike.
     */
    function set(partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)): void {
      setState((state) => {
        const change = typeof partial === 'function' ? partial(state) : partial;
        return adopting ? change : withChangesStamped(state, change, clock.now().getTime());
      });
    }
    // (No `replace`: nothing replaces the whole state.)
    api.setState = set;
    function update(id: string, change: (assessment: Assessment) => Assessment): void {
      set((state) => {
        const assessment = Object.hasOwn(state.assessments, id) ? state.assessments[id] : undefined;
        return assessment ? { assessments: { ...state.assessments, [id]: change(assessment) } } : {};
      });
    }
    function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
      return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
    }
    return {
      // The first state is the empty one, as in the prerendered page (React hydrates from the initial state); what
      // was stored is taken in by the storage client, before anything listens.
      ...initialStoredState,
      storageNotices: [],
      writable: true,
      persistentStorage: 'unknown',
      today: clock.today(),
      chooseLanguage: (language) => set({ language }),
      startAssessment: ({ profileId, appointee, title }) => {
        const assessment = createAssessment({ id: newId(), title, profileId, appointee, now: now() });
        set((state) => ({ assessments: { ...state.assessments, [assessment.id]: assessment }, currentAssessmentId: assessment.id }));
        return assessment.id;
      },
      updateAppointee: (id, appointee) => update(id, (a) => withAppointee(a, appointee, now())),
      renameAssessment: (id, title) => update(id, (a) => withTitle(a, title, now())),
      switchAssessment: (id) => {
        if (Object.hasOwn(get().assessments, id) && get().currentAssessmentId !== id) set({ currentAssessmentId: id });
      },
      duplicateAssessment: (id, title, withReviews) => {
        const original = Object.hasOwn(get().assessments, id) ? get().assessments[id] : undefined;
        if (!original) return undefined;
        const copy = duplicateOf(original, { id: newId(), title, now: now(), withReviews });
        set((state) => ({ assessments: { ...state.assessments, [copy.id]: copy }, currentAssessmentId: copy.id }));
        return copy.id;
      },
      deleteAssessment: (id) =>
        set((state) => ({
          assessments: withoutKey(state.assessments, id),
          currentAssessmentId: state.currentAssessmentId === id ? null : state.currentAssessmentId,
        })),
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
        update(id, (a) => ({
          ...a,
          actions: (a.actions ?? []).map((action) => (action.id === actionId ? { ...action, ...patch } : action)),
          updatedAt: now(),
        })),
      removeAction: (id, actionId) => update(id, (a) => ({ ...a, actions: (a.actions ?? []).filter((action) => action.id !== actionId), updatedAt: now() })),
      setEvidenceAttached: (id, file, attached) =>
        update(id, (a) => ({ ...a, evidence: [...(a.evidence ?? []).filter((f) => f.id !== file.id), ...(attached ? [file] : [])], updatedAt: now() })),
      startRound: (id, carryReviews) => update(id, (a) => startNewRound(a, { today: clock.today(), now: now(), carryReviews })),
      exportedReviewRequest: (id, sent) => update(id, (a) => withSentRequest(a, sent, now())),
      importReview: (id, review) => update(id, (a) => withReview(a, review, now())),
      chooseGapBasis: (id, gapBasis) => update(id, (a) => ({ ...a, gapBasis, updatedAt: now() })),
      removeReview: (id, reviewId) => update(id, (a) => ({ ...a, reviews: (a.reviews ?? []).filter((review) => review.id !== reviewId), updatedAt: now() })),
      acceptPlanChanges: (id, changes, accepted) =>
        update(id, (a) => (accepted.size === 0 ? a : { ...a, actions: applyPlanChanges(a.actions ?? [], changes, accepted), updatedAt: now() })),
      resolveConflict: (id, part, replacement) =>
        set((state) => {
          if (!liveConflict(state, id, part) || !Object.hasOwn(state.assessments, id) || (replacement && replacement.id !== id)) return {};
          const rest = withoutKey(state.conflicts[id] ?? {}, part);
          const conflicts = Object.keys(rest).length > 0 ? { ...state.conflicts, [id]: rest } : withoutKey(state.conflicts, id);
          if (!replacement) return { conflicts, clocks: { ...state.clocks, [id]: { ...state.clocks[id], [part]: clock.now().getTime() } } };
          return { conflicts, assessments: { ...state.assessments, [id]: replacement } };
        }),
      importAssessments: (incoming, mode, copySuffix) => {
        const existing = get().assessments;
        const added = incoming.map((assessment) =>
          mode === 'keep-both' && Object.hasOwn(existing, assessment.id)
            ? { ...assessment, id: newId(), ...(assessment.title ? { title: `${assessment.title} ${copySuffix}` } : {}) }
            : assessment,
        );
        set((state) => ({ assessments: { ...state.assessments, ...Object.fromEntries(added.map((a) => [a.id, a])) } }));
        return added.map((a) => a.id);
      },
      exportedBackup: (at) => set({ lastExportedAt: at, changesSinceExport: 0 }),
      dismissStorageNotice: (kind) => set((state) => ({ storageNotices: state.storageNotices.filter((notice) => notice.kind !== kind) })),
      discardSetAside: (name) => set((state) => ({ setAside: withoutKey(state.setAside, name) })),
      persistentStorageAnswered: (outcome) => set({ persistentStorage: outcome }),
    };
  });
  // The store's listeners (the screen's subscriptions and the write to storage), which a change can hold for a frame.
  const notifications = holdableNotifications(api.subscribe, api.getState);
  api.subscribe = notifications.subscribe;
  return Object.assign(api, {
    clock,
    storage,
    notifyAfterNextPaint(action: () => void) {
      notifications.hold(action);
      scheduler.afterNextPaint(notifications.release);
    },
    adopt(state: Partial<AppState>) {
      adopting = true;
      try {
        api.setState(state);
      } finally {
        adopting = false;
      }
    },
  });
}
