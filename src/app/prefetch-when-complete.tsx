import { useEffect, useRef } from 'react';
import { profileItems } from '../domain/assessment/assessment-items';
import { assessmentProgress } from '../domain/scoring/progress';
import { useProfileLibrary } from '../lib/profile-library-context';
import { useAppStore } from '../store/app-store-context';
import { ownEntry } from '../domain/shared/own-entry';

// Loaded with the assessment screen, not on the first screen: the progress count it needs is 1.1 KB of the first
// load's 100 KB budget.

/** Fetches `load` when the user rates the last unrated item of the assessment (the gap screen comes next). */
export function usePrefetchWhenRatingCompletes(assessmentId: string | null, load: () => Promise<unknown>): void {
  const profileId = useAppStore((state) => (assessmentId ? ownEntry(state.assessments, assessmentId)?.profileId : undefined));
  const items = profileItems(useProfileLibrary(), profileId)?.items;
  const complete = useAppStore((state) => {
    const assessment = assessmentId ? ownEntry(state.assessments, assessmentId) : undefined;
    if (!assessment || !items || items.length === 0) return false;
    const { rated, total } = assessmentProgress(items, assessment).overall;
    return rated === total;
  });
  // Only the change from incomplete to complete, a user's rating, not opening an assessment already complete.
  const wasComplete = useRef(complete);
  useEffect(() => {
    if (complete && !wasComplete.current) load().catch(() => undefined);
    wasComplete.current = complete;
  }, [complete, load]);
}

/** usePrefetchWhenRatingCompletes as a component, so that src/app/screen.tsx can load it only where it is needed. */
export function PrefetchWhenRatingCompletes({ assessmentId, load }: { assessmentId: string; load: () => Promise<unknown> }): null {
  usePrefetchWhenRatingCompletes(assessmentId, load);
  return null;
}
