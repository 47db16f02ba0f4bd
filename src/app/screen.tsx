import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { ProfileScreen } from '../features/profile/profile-screen';
import { useTranslation } from '../i18n/use-translation';
import type { Route } from '../lib/routes';
import { NotFoundScreen } from './not-found-screen';
import { ownEntry } from '../domain/own-entry';
import { useAppStore } from '../store/app-store-context';
import { usePrefetchOnIntent } from './prefetch-screens';
import { nextTask } from '../lib/next-task';

/** The screens whose code loads on demand: every one but the first screen and not-found. */
type LazyScreen = Exclude<Route['screen'], 'home' | 'profile' | 'not-found'>;


/**
 * A screen whose code loads on demand. Once its code is in (fetched on intent, prefetch-screens.ts) it renders at
 * once: React.lazy would still suspend for a microtask, showing the fallback and hiding the screen being left (the
 * long assessment screen) in the click's task.
 */
function lazyLoaded<Module, Props extends object>(load: () => Promise<Module>, pick: (module: Module) => ComponentType<Props>) {
  let loaded: ComponentType<Props> | null = null;
  const loadAndKeep = () =>
    load().then((module) => {
      loaded = pick(module);
      return module;
    });
  const Lazy = lazy(() => loadAndKeep().then((module) => ({ default: pick(module) })));
  function LazyScreen(props: Props) {
    // Chosen once a mount, so a screen never remounts when its code arrives while it is shown.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { load: loadAndKeep, Screen: LazyScreen };
}

// Each screen but the first loads its code only when the user shows they may go there (prefetch-screens.ts).
const assessmentRoutes = lazyLoaded(() => import('../features/assessment/assessment-routes'), (module) => module.AssessmentRoutes);
// With recharts: one import evaluates its whole module graph in one task (100+ ms at 4× CPU on a first visit), so
// recharts' shared part evaluates first, then the bar chart with the screen in a task of their own. vite.config.ts
// preloads every chunk of the screen with the first import: the second waits for no network.
const gapsScreen = lazyLoaded(
  () => import('../ui/radar-drawing').then(nextTask).then(() => import('../features/gaps/gaps-screen')),
  (module) => module.GapsScreen,
);
const backupScreen = lazyLoaded(() => import('../features/backup/backup-screen'), (module) => module.BackupScreen);
const planScreen = lazyLoaded(() => import('../features/plan/plan-screen'), (module) => module.PlanScreen);
// The agency's catalogue of development resources, reached from the plan: its code loads through the plan's module.
const catalogueScreen = lazyLoaded(() => import('../features/plan/plan-screen'), (module) => module.CatalogueScreen);
const reportScreen = lazyLoaded(() => import('../features/report/report-screen'), (module) => module.ReportScreen); // with recharts
const organisationScreen = lazyLoaded(() => import('../features/organisation/organisation-screen'), (module) => module.OrganisationScreen);
// Review mode and the reviews of an assessment: files to and from a supervisor or an assistant.
const reviewsScreen = lazyLoaded(() => import('../features/review/reviews-screen'), (module) => module.ReviewsScreen);
const reviewModeScreen = lazyLoaded(() => import('../features/review/review-mode-screen'), (module) => module.ReviewModeScreen);
// Fetches the gap screen's code when the last item is rated; its code comes with the assessment screen.
const PrefetchWhenRatingCompletes = lazy(() => import('./prefetch-when-complete').then((module) => ({ default: module.PrefetchWhenRatingCompletes })));
const loaders = {
  assessments: assessmentRoutes.load,
  'new-assessment': assessmentRoutes.load,
  assessment: assessmentRoutes.load,
  'assessment-details': assessmentRoutes.load,
  gaps: gapsScreen.load,
  backup: backupScreen.load,
  plan: planScreen.load,
  report: reportScreen.load,
  organisation: organisationScreen.load,
  catalogue: catalogueScreen.load,
  reviews: reviewsScreen.load,
  'review-mode': reviewModeScreen.load,
} satisfies Record<LazyScreen, () => Promise<unknown>>;
const AssessmentRoutes = assessmentRoutes.Screen;
const GapsScreen = gapsScreen.Screen;
const BackupScreen = backupScreen.Screen;
const PlanScreen = planScreen.Screen;
const OrganisationScreen = organisationScreen.Screen;
const CatalogueScreen = catalogueScreen.Screen;
const ReviewModeScreen = reviewModeScreen.Screen;
const ReviewsScreen = reviewsScreen.Screen;
const ReportScreen = reportScreen.Screen;

/** The element for a lazily loaded screen; a screen of the route table without a case here is a type error. */
function lazyScreen(route: Extract<Route, { screen: LazyScreen }>): ReactNode {
  switch (route.screen) {
    case 'gaps':
      return <GapsScreen assessmentId={route.assessmentId} />;
    case 'report':
      return <ReportScreen assessmentId={route.assessmentId} />;
    case 'plan':
      return <PlanScreen assessmentId={route.assessmentId} />;
    case 'reviews':
      return <ReviewsScreen assessmentId={route.assessmentId} />;
    case 'review-mode':
      return <ReviewModeScreen />;
    case 'backup':
      return <BackupScreen />;
    case 'organisation':
      return <OrganisationScreen />;
    case 'catalogue':
      return <CatalogueScreen />;
    case 'assessments':
    case 'new-assessment':
    case 'assessment':
    case 'assessment-details':
      return <AssessmentRoutes route={route} />;
    default:
      return route satisfies never;
  }
}

/** The screen for the route. */
export function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  usePrefetchOnIntent(loaders);
  // An assessment this browser does not hold (deleted, saved in another browser, or an id such as __proto__) is not
  // found, on every screen of an assessment: looked up as the record's own key, never as what objects inherit.
  const assessmentId = 'assessmentId' in route ? route.assessmentId : null;
  const held = useAppStore((state) => assessmentId === null || ownEntry(state.assessments, assessmentId) !== undefined);
  if (assessmentId !== null && !held) return <NotFoundScreen assessmentId={assessmentId} />;
  if (route.screen === 'home') return <ProfileScreen profileId={null} />;
  // Profile ids are lower case; an address typed in capitals still finds its profile.
  if (route.screen === 'profile') return <ProfileScreen profileId={route.profileId.toLowerCase()} />;
  if (route.screen === 'not-found') return <NotFoundScreen path={route.path} />;
  return (
    <>
      <Suspense fallback={<p role="status">{t('data.loadingScreen')}</p>}>{lazyScreen(route)}</Suspense>
      {route.screen === 'assessment' && (
        <Suspense fallback={null}>
          <PrefetchWhenRatingCompletes assessmentId={route.assessmentId} load={gapsScreen.load} />
        </Suspense>
      )}
    </>
  );
}
