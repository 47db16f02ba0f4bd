import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Route } from '../lib/routes';
import { NotFoundScreen } from './not-found-screen';
import { ownEntry } from '../domain/shared/own-entry';
import { useAppStore } from '../store/app-store-context';
import { usePrefetchOnIntent } from './prefetch-screens';
import { loadGapsScreen, screenOf, screens } from './screens';

// Fetches the gap screen's code when the last item is rated; its code comes with the assessment screen.
const PrefetchWhenRatingCompletes = lazy(() => import('./prefetch-when-complete').then((module) => ({ default: module.PrefetchWhenRatingCompletes })));
// Each screen but the first loads its code only when the user shows they may go there (prefetch-screens.ts).
const loaders = Object.fromEntries(Object.entries(screens).flatMap(([screen, entry]) => (entry.load ? [[screen, entry.load]] : [])));

/** The screen for the route, as the route table (screens.tsx) shows it. */
export function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  usePrefetchOnIntent(loaders);
  // An assessment this browser does not hold (deleted, saved in another browser, or an id such as __proto__) is not
  // found, on every screen of an assessment: looked up as the record's own key, never as what objects inherit.
  const assessmentId = 'assessmentId' in route ? route.assessmentId : null;
  const held = useAppStore((state) => assessmentId === null || ownEntry(state.assessments, assessmentId) !== undefined);
  if (assessmentId !== null && !held) return <NotFoundScreen assessmentId={assessmentId} />;
  const entry = screenOf(route);
  if (entry.load === null) return entry.show(route);
  return (
    <>
      <Suspense fallback={<p role="status">{t('data.loadingScreen')}</p>}>{entry.show(route)}</Suspense>
      {route.screen === 'assessment' && (
        <Suspense fallback={null}>
          <PrefetchWhenRatingCompletes assessmentId={route.assessmentId} load={loadGapsScreen} />
        </Suspense>
      )}
    </>
  );
}
