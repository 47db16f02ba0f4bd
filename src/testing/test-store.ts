import type { Assessment } from '../domain/assessment/assessment';
import type { Language } from '../domain/shared/localized-text';
import { mergeWithConflicts } from '../domain/assessment/merge-states';
import { initialStoredState } from '../domain/assessment/stored-state';
import { setClock, type Clock } from '../lib/clock';
import { createSafeStorage, type SafeStorage } from '../lib/safe-storage';
import { immediateScheduler, type Scheduler } from '../lib/scheduler';
import { createAppStore, type AppStore } from '../store/app-store';
import type { StorageClient } from '../store/storage-client';

/** The moment tests run at unless they set their own: 27 November 2026, 10:00 in Bangkok. */
export const testNow = '2026-11-27T03:00:00.000Z';

const open = new Set<StorageClient>();

export interface TestStoreOptions {
  language?: Language;
  assessments?: Assessment[];
  storage?: SafeStorage;
  clock?: Clock;
  scheduler?: Scheduler;
}

/**
 * A store of its own for one test: over jsdom's localStorage (cleared after each test) unless given another storage,
 * at `testNow` unless given a clock, with no frame to wait for unless given a scheduler; starting from the given
 * language and assessments. Its storage client is closed after the test (closeTestStores, tests/setup.ts).
 */
export function makeTestStore(options: TestStoreOptions = {}): AppStore {
  const { store, client } = createAppStore({
    storage: options.storage ?? createSafeStorage(() => window.localStorage),
    clock: options.clock ?? setClock(testNow),
    scheduler: options.scheduler ?? immediateScheduler,
    events: window,
    merge: mergeWithConflicts,
  });
  open.add(client);
  const assessments = options.assessments ?? [];
  if (options.language !== undefined || assessments.length > 0) {
    store.setState({
      ...initialStoredState,
      language: options.language ?? 'th',
      assessments: Object.fromEntries(assessments.map((assessment) => [assessment.id, assessment])),
      currentAssessmentId: assessments[0]?.id ?? null,
    });
  }
  return store;
}

/** Detaches every test store made since the last call. */
export function closeTestStores(): void {
  for (const client of open) client.close();
  open.clear();
}
