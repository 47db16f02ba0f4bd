import { lazy, Suspense, type ReactNode } from 'react';
import { ProfileScreen } from '../features/profile/profile-screen';
import { useTranslation } from '../i18n/use-translation';
import type { Route } from '../lib/routes';
import { NotFoundScreen } from './not-found-screen';

// The assessment screens (and react-hook-form) load only when the user goes there.
const AssessmentRoutes = lazy(() => import('../features/assessment/assessment-routes').then((module) => ({ default: module.AssessmentRoutes })));
// The gap screen brings recharts: only a user who opens it downloads it.
const GapsScreen = lazy(() => import('../features/gaps/gaps-screen').then((module) => ({ default: module.GapsScreen })));
const BackupScreen = lazy(() => import('../features/backup/backup-screen').then((module) => ({ default: module.BackupScreen })));
const PlanScreen = lazy(() => import('../features/plan/plan-screen').then((module) => ({ default: module.PlanScreen })));
const ReportScreen = lazy(() => import('../features/report/report-screen').then((module) => ({ default: module.ReportScreen })));

/** The element for a lazily loaded screen; a screen of the route table without a case here is a type error. */
function lazyScreen(route: Exclude<Route, { screen: 'home' | 'profile' | 'not-found' }>): ReactNode {
  switch (route.screen) {
    case 'gaps':
      return <GapsScreen assessmentId={route.assessmentId} />;
    case 'report':
      return <ReportScreen assessmentId={route.assessmentId} />;
    case 'plan':
      return <PlanScreen assessmentId={route.assessmentId} />;
    case 'backup':
      return <BackupScreen />;
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
  if (route.screen === 'home') return <ProfileScreen profileId={null} />;
  // Profile ids are lower case; an address typed in capitals still finds its profile.
  if (route.screen === 'profile') return <ProfileScreen profileId={route.profileId.toLowerCase()} />;
  if (route.screen === 'not-found') return <NotFoundScreen path={route.path} />;
  return <Suspense fallback={<p role="status">{t('data.loadingScreen')}</p>}>{lazyScreen(route)}</Suspense>;
}
