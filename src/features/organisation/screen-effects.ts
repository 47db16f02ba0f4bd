import { useEffect } from 'react';
import type { Language } from '../../domain/shared/localized-text';
import { useToday } from '../../store/app-store-context';
import type { RollupChange, RollupView } from './rollup-protocol';

/**
 * The figures are worked out for the store's today: a new day (a tab left open overnight) works them out again. The
 * people come sorted in the screen's language: another language asks for them again, ranked in it.
 */
export function useCurrentDay(view: RollupView | null, reading: boolean, language: Language, change: (change: RollupChange) => void): void {
  const today = useToday();
  const stale = view !== null && !reading && (view.today !== today || view.sortedIn !== language);
  useEffect(() => {
    if (stale) change({ type: 'day' });
    // `change` is a new function each render; the day and the language are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stale, today, language]);
}

/** Leaving while files are read would drop the work: the browser asks first. */
export function useLeaveGuard(readingFiles: boolean): void {
  useEffect(() => {
    if (!readingFiles) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [readingFiles]);
}
