import { useEffect, useMemo, useRef } from 'react';
import { listAssessmentItems } from '../domain/assessment-items';
import { assessmentProgress } from '../domain/progress';
import { useProfileLibrary } from '../lib/profile-library-context';
import { parseRoute, type Route } from '../lib/routes';
import { useAppStore } from '../store/app-store';

type Loaders = Partial<Record<Route['screen'], () => Promise<unknown>>>;

/**
 * Fetches a lazily loaded screen's code as soon as the user shows they may open it: the pointer over a link to
 * it, or the focus on one. Nothing is fetched before a user action.
 */
export function usePrefetchOnIntent(loaders: Loaders): void {
  useEffect(() => {
    function onIntent(event: Event) {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      if (!link) return;
      // A failed fetch is no error here: opening the screen tries again and says so if it fails.
      loaders[parseRoute(link.getAttribute('href') ?? '').screen]?.().catch(() => undefined);
    }
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, [loaders]);
}

/** Fetches `load` when the user rates the last unrated item of the assessment (the gap screen comes next). */
export function usePrefetchWhenRatingCompletes(assessmentId: string | null, load: () => Promise<unknown>): void {
  const { catalogue, profiles } = useProfileLibrary();
  const profileId = useAppStore((state) => (assessmentId ? state.assessments[assessmentId]?.profileId : undefined));
  const items = useMemo(() => {
    const profile = profiles.find((candidate) => candidate.id === profileId);
    return profile ? listAssessmentItems(profile, catalogue) : [];
  }, [profiles, profileId, catalogue]);
  const complete = useAppStore((state) => {
    const assessment = assessmentId ? state.assessments[assessmentId] : undefined;
    if (!assessment || items.length === 0) return false;
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
