import type { StoredState } from '../domain/assessment/stored-state';
import type { AppState } from './app-state';
import type { AppStore, AppStoreOptions } from './app-store';
import { sameStoredParts, storedPartOf } from './app-store';
import { createWriter, loadStoredState, type Merge, type StorageNotice, type WriteBlock } from './persistence';
import { storageKey } from '../lib/storage-keys';

/** Where another tab's writes to storage are heard, and the user's first key or pointer: the window (or a stand-in). */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  addEventListener(type: 'keydown' | 'pointerdown', listener: () => void, options: { capture: true; once: true }): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'keydown' | 'pointerdown', listener: () => void, options: { capture: true }): void;
}

/** The store's link to storage, another tab and the day; `close()` detaches all of it. */
export interface StorageClient {
  close(): void;
}

/**
 * Reads what was stored into the store, then keeps them in step: each change of the stored part (already stamped by
 * the update that made it) is written, merged with what another tab wrote since, and a merge that changed something
 * is taken in; another tab's write is merged item by item; the store's `today` follows the clock.
 */
export function attachStorage(store: AppStore, options: AppStoreOptions): StorageClient {
  const { storage, clock, events } = options;
  const loaded = loadStoredState(storage, clock.now());
  store.adopt({ ...loaded.state, storageNotices: loaded.notices, writable: loaded.block === null });

  // The merge with another tab's writes is code of its own (2 KB), unless given (tests): fetched when the user first
  // presses a key or a pointer (before any edit can be written), when another tab writes, or when a write needs it.
  let merge: Merge | null = options.merge ?? null;
  let loading = false;
  function needMerge(): Merge | null {
    if (!merge && !loading) startLoadingMerge();
    return merge;
  }
  // Whether the app may write, and the notice that says why not, follow the writer's block.
  const writer = createWriter(
    loaded,
    storage,
    () => clock.now(),
    (block) =>
      store.setState((state) => ({
        writable: block === null,
        storageNotices: [...state.storageNotices.filter((notice) => notice.kind !== 'not-saving' && notice.kind !== 'newer'), ...noticesOf(block)],
      })),
    needMerge,
  );

  /** The stored part as last written, read or taken in: a state with the same parts is no change of this tab's. */
  let synced = storedPartOf(store.getState());
  function takeIn(state: StoredState) {
    synced = state;
    store.adopt(state);
  }

  const stopWriting = store.subscribe((state: AppState) => {
    if (sameStoredParts(state, synced)) return;
    const written = writer.save(storedPartOf(state));
    synced = storedPartOf(state);
    if (written && !sameStoredParts(written, state)) takeIn(written);
  });

  // Data that was migrated or partly set aside is written at once, so what was set aside is kept by name.
  if (loaded.block === null && loaded.notices.some((notice) => notice.kind === 'migrated' || notice.kind === 'set-aside')) writer.save(loaded.state);

  function onStorage(event: StorageEvent) {
    if (event.key !== storageKey) return;
    needMerge();
    const merged = writer.receive(event.newValue, storedPartOf(store.getState()));
    if (merged) takeIn(merged);
  }
  events?.addEventListener('storage', onStorage);

  let closed = false;
  function startLoadingMerge() {
    loading = true;
    stopWaitingForIntent();
    loadMerge().then(
      (loadedMerge) => {
        merge = loadedMerge;
        // What waited for it (a write, another tab's change) is saved now: the save reads storage again.
        if (!closed && writer.waitsForMerge()) {
          const written = writer.save(storedPartOf(store.getState()));
          if (written && !sameStoredParts(written, store.getState())) takeIn(written);
        }
      },
      () => writer.mergeUnavailable(),
    );
  }
  const onIntent = () => needMerge();
  function stopWaitingForIntent() {
    for (const type of ['keydown', 'pointerdown'] as const) events?.removeEventListener(type, onIntent, { capture: true });
  }
  if (!merge) for (const type of ['keydown', 'pointerdown'] as const) events?.addEventListener(type, onIntent, { capture: true, once: true });

  const stopFollowingDay = clock.onDayChange(() => {
    const today = clock.today();
    if (store.getState().today !== today) store.adopt({ today });
  });

  return {
    close() {
      closed = true;
      stopWaitingForIntent();
      stopWriting();
      events?.removeEventListener('storage', onStorage);
      stopFollowingDay();
    },
  };
}

function noticesOf(block: WriteBlock): StorageNotice[] {
  if (block === null) return [];
  return block.reason === 'newer' ? [{ kind: 'newer', version: block.version }] : [{ kind: 'not-saving', reason: block.reason }];
}

/** The two-tab merge's code, fetched once, after the first screen. */
function loadMerge(): Promise<Merge> {
  return import('../domain/assessment/merge-states').then((module) => module.mergeWithConflicts);
}
