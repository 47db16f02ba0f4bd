import { lazy, useState, type ComponentType, type ReactNode } from 'react';
import { ProfileScreen } from '../features/profile/profile-screen';
import { nextTask } from '../lib/next-task';
import type { Route } from '../lib/routes';
import { NotFoundScreen } from './not-found-screen';

type RouteOf<S extends Route['screen']> = Extract<Route, { screen: S }>;

/** Where a screen sits in the site's navigation: the link marked as the current page while it shows. */
export type NavSection = 'profiles' | 'assessments' | 'backup' | 'organisation' | null;

/**
 * Gzip KB a lazily loaded screen's code may add to the first load, checked after every build
 * (scripts/check-size-budgets.mjs finds the module its loader imports); why each grew is logged in
 * docs/size-budgets.md. A screen in the first load (null) counts against the first load's budget.
 */
export type Budget = number | null;

/** A screen of the route table: how its code loads, what it shows for its route, its size budget and its place in the navigation. */
export interface ScreenEntry<S extends Route['screen']> {
  /** Fetches its code (on intent, prefetch-screens.ts); null for a screen in the first load. */
  load: (() => Promise<unknown>) | null;
  show: (route: RouteOf<S>) => ReactNode;
  budget: Budget;
  nav: NavSection;
}

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

// Shown by four routes: one loaded component, so moving between them never remounts it.
const assessmentRoutes = lazyLoaded(
  () => import('../features/assessment/assessment-routes'),
  (module) => module.AssessmentRoutes,
);
// With recharts: one import evaluates its whole module graph in one task (100+ ms at 4× CPU on a first visit), so
// recharts' shared part evaluates first, then the bar chart with the screen in a task of their own. vite.config.ts
// preloads every chunk of the screen with the first import: the second waits for no network.
const gapsScreen = lazyLoaded(
  () => import('../ui/radar-drawing').then(nextTask).then(() => import('../features/gaps/gaps-screen')),
  (module) => module.GapsScreen,
);
const backupScreen = lazyLoaded(
  () => import('../features/backup/backup-screen'),
  (module) => module.BackupScreen,
);
const planScreen = lazyLoaded(
  () => import('../features/plan/plan-screen'),
  (module) => module.PlanScreen,
);
// The agency's catalogue of development resources, reached from the plan: its code loads through the plan's module.
const catalogueScreen = lazyLoaded(
  () => import('../features/plan/plan-screen'),
  (module) => module.CatalogueScreen,
);
const reportScreen = lazyLoaded(
  () => import('../features/report/report-screen'),
  (module) => module.ReportScreen,
); // with recharts
const organisationScreen = lazyLoaded(
  () => import('../features/organisation/organisation-screen'),
  (module) => module.OrganisationScreen,
);
// Review mode and the reviews of an assessment: files to and from a supervisor or an assistant.
const reviewsScreen = lazyLoaded(
  () => import('../features/review/reviews-screen'),
  (module) => module.ReviewsScreen,
);
const reviewModeScreen = lazyLoaded(
  () => import('../features/review/review-mode-screen'),
  (module) => module.ReviewModeScreen,
);

/**
 * The route table's screens (every route of lib/routes.ts, and not-found): adding a screen is one entry here, with
 * its loader, what it shows, its budget and its place in the navigation; a route without an entry is a type error,
 * and tests/unit/screen-table.test.ts fails on an entry without a loader or a budget.
 */
export const screens: { [S in Route['screen']]: ScreenEntry<S> } = {
  home: { load: null, show: () => <ProfileScreen profileId={null} />, budget: null, nav: 'profiles' },
  // Profile ids are lower case; an address typed in capitals still finds its profile.
  profile: { load: null, show: (route) => <ProfileScreen profileId={route.profileId.toLowerCase()} />, budget: null, nav: 'profiles' },
  'not-found': { load: null, show: (route) => <NotFoundScreen path={route.path} />, budget: null, nav: null },
  assessments: { load: assessmentRoutes.load, show: (route) => <assessmentRoutes.Screen route={route} />, budget: 40.7, nav: 'assessments' },
  'new-assessment': { load: assessmentRoutes.load, show: (route) => <assessmentRoutes.Screen route={route} />, budget: 40.7, nav: 'assessments' },
  assessment: { load: assessmentRoutes.load, show: (route) => <assessmentRoutes.Screen route={route} />, budget: 40.7, nav: 'assessments' },
  'assessment-details': { load: assessmentRoutes.load, show: (route) => <assessmentRoutes.Screen route={route} />, budget: 40.7, nav: 'assessments' },
  gaps: { load: gapsScreen.load, show: (route) => <gapsScreen.Screen assessmentId={route.assessmentId} />, budget: 145.2, nav: 'assessments' },
  report: { load: reportScreen.load, show: (route) => <reportScreen.Screen assessmentId={route.assessmentId} />, budget: 125.0, nav: 'assessments' },
  plan: { load: planScreen.load, show: (route) => <planScreen.Screen assessmentId={route.assessmentId} />, budget: 36.5, nav: 'assessments' },
  reviews: { load: reviewsScreen.load, show: (route) => <reviewsScreen.Screen assessmentId={route.assessmentId} />, budget: 39.1, nav: 'assessments' },
  'review-mode': { load: reviewModeScreen.load, show: () => <reviewModeScreen.Screen />, budget: 45.8, nav: 'assessments' },
  backup: { load: backupScreen.load, show: () => <backupScreen.Screen />, budget: 29.4, nav: 'backup' },
  organisation: { load: organisationScreen.load, show: () => <organisationScreen.Screen />, budget: 38.8, nav: 'organisation' },
  catalogue: { load: catalogueScreen.load, show: () => <catalogueScreen.Screen />, budget: 36.5, nav: null },
};

/** The gap screen's loader, which the assessment screen calls when its last item is rated (prefetch-when-complete.tsx). */
export const loadGapsScreen = gapsScreen.load;

/** The entry for a route, typed by its screen. */
export function screenOf<S extends Route['screen']>(route: RouteOf<S>): ScreenEntry<S> {
  // The table's type pairs each screen with its entry; TypeScript cannot follow that pairing through an index.
  return screens[route.screen] as ScreenEntry<S>;
}
