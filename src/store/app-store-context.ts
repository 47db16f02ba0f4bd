import { createContext, useContext, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { CalendarDate } from '../domain/calendar/calendar-date';
import type { Clock } from '../lib/clock';
import type { AppState } from './app-state';
import type { AppStore } from './app-store';

/** The app's one store, given by the composition root (src/app) or a test; null outside any provider. */
export const AppStoreContext = createContext<AppStore | null>(null);

/** The store itself: for actions and reads in event handlers (`getState()`), and its clock and storage. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStoreApi: no AppStoreContext above this component');
  return store;
}

/** The part of the store's state that `selector` picks; the component renders again when it changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** Today where the user is; the component renders again when the day changes (a tab left open overnight). */
export function useToday(): CalendarDate {
  return useAppStore((state) => state.today);
}

/** The store's clock: the one source of "now" for timestamps in files the user saves. */
export function useClock(): Clock {
  return useAppStoreApi().clock;
}

/** Whether the browser keeps what the app saves (false: storage refused, the app runs from memory). */
export function useStoragePersists(): boolean {
  const { storage } = useAppStoreApi();
  return useSyncExternalStore(storage.subscribe, storage.isPersistent, () => true);
}

/**
 * Whether what the user does is being written now: the browser takes the writes, and no notice holds them back
 * (data from a newer version, a read that failed). When false, changes live only in this tab.
 */
export function useSaving(): boolean {
  const persists = useStoragePersists();
  const held = useAppStore((state) => state.storageNotices.some((notice) => notice.kind === 'not-saving' || notice.kind === 'newer'));
  return persists && !held;
}
