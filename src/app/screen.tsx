import { lazy, Suspense, type ReactNode } from 'react';
import { ProfileScreen } from '../features/profile/profile-screen';
import { useTranslation } from '../i18n/use-translation';
import type { Route } from '../lib/routes';
import { NotFoundScreen } from './not-found-screen';
import { usePrefetchOnIntent, usePrefetchWhenRatingCompletes } from './prefetch-screens';

/** The screens whose code loads on demand: every one but the first screen and not-found. */
type LazyScreen = Exclude<Route['screen'], 'home' | 'profile' | 'not-found'>;

// Each screen but the first loads its code only when the user shows they may go there (prefetch-screens.ts).
const loadAssessmentRoutes = () => import('../features/assessment/assessment-routes');
const loadGapsScreen = () => import('../features/gaps/gaps-screen'); // with recharts
const loadBackupScreen = () => import('../features/backup/backup-screen');
const loadPlanScreen = () => import('../features/plan/plan-screen');
const loadReportScreen = () => import('../features/report/report-screen'); // with recharts
const loadOrganisationScreen = () => import('../features/organisation/organisation-screen');
const loadReviewsScreen = () => import('../features/review/reviews-screen');
const loadReviewModeScreen = () => import('../features/review/review-mode-screen');
const loaders = {
  assessments: loadAssessmentRoutes,
  'new-assessment': loadAssessmentRoutes,
  assessment: loadAssessmentRoutes,
  'assessment-details': loadAssessmentRoutes,
  gaps: loadGapsScreen,
  backup: loadBackupScreen,
  plan: loadPlanScreen,
  report: loadReportScreen,
  organisation: loadOrganisationScreen,
  reviews: loadReviewsScreen,
  'review-mode': loadReviewModeScreen,
} satisfies Record<LazyScreen, () => Promise<unknown>>;
const AssessmentRoutes = lazy(() => loadAssessmentRoutes().then((module) => ({ default: module.AssessmentRoutes })));
const GapsScreen = lazy(() => loadGapsScreen().then((module) => ({ default: module.GapsScreen })));
const BackupScreen = lazy(() => loadBackupScreen().then((module) => ({ default: module.BackupScreen })));
const PlanScreen = lazy(() => loadPlanScreen().then((module) => ({ default: module.PlanScreen })));
const OrganisationScreen = lazy(() => loadOrganisationScreen().then((module) => ({ default: module.OrganisationScreen })));
// Review mode and the reviews of an assessment: files to and from a supervisor or an assistant.
const ReviewModeScreen = lazy(() => loadReviewModeScreen().then((module) => ({ default: module.ReviewModeScreen })));
const ReviewsScreen = lazy(() => loadReviewsScreen().then((module) => ({ default: module.ReviewsScreen })));
const ReportScreen = lazy(() => loadReportScreen().then((module) => ({ default: module.ReportScreen })));

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
  usePrefetchWhenRatingCompletes(route.screen === 'assessment' ? route.assessmentId : null, loadGapsScreen);
  if (route.screen === 'home') return <ProfileScreen profileId={null} />;
  // Profile ids are lower case; an address typed in capitals still finds its profile.
  if (route.screen === 'profile') return <ProfileScreen profileId={route.profileId.toLowerCase()} />;
  if (route.screen === 'not-found') return <NotFoundScreen path={route.path} />;
  return <Suspense fallback={<p role="status">{t('data.loadingScreen')}</p>}>{lazyScreen(route)}</Suspense>;
}
