import { lazy, Suspense } from 'react';
import { ProfileScreen } from '../features/profile/profile-screen';
import { useTranslation } from '../i18n/use-translation';
import { profileHref, type Route } from '../lib/routes';

// The assessment screens (and react-hook-form) load only when the user goes there.
const AssessmentRoutes = lazy(() => import('../features/assessment/assessment-routes').then((module) => ({ default: module.AssessmentRoutes })));
// The gap screen brings recharts: only a user who opens it downloads it.
const GapsScreen = lazy(() => import('../features/gaps/gaps-screen').then((module) => ({ default: module.GapsScreen })));
const BackupScreen = lazy(() => import('../features/backup/backup-screen').then((module) => ({ default: module.BackupScreen })));
const PlanScreen = lazy(() => import('../features/plan/plan-screen').then((module) => ({ default: module.PlanScreen })));
// Review mode and the reviews of an assessment: files to and from a supervisor or an assistant.
const ReviewModeScreen = lazy(() => import('../features/review/review-mode-screen').then((module) => ({ default: module.ReviewModeScreen })));
const ReviewsScreen = lazy(() => import('../features/review/reviews-screen').then((module) => ({ default: module.ReviewsScreen })));
const ReportScreen = lazy(() => import('../features/report/report-screen').then((module) => ({ default: module.ReportScreen })));

/** The screen for the route. */
export function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  if (route.screen === 'profile') return <ProfileScreen profileId={route.profileId} hrefFor={profileHref} />;
  return (
    <Suspense fallback={<p role="status">{t('data.loadingScreen')}</p>}>
      {route.screen === 'gaps' ? (
        <GapsScreen assessmentId={route.assessmentId} />
      ) : route.screen === 'report' ? (
        <ReportScreen assessmentId={route.assessmentId} />
      ) : route.screen === 'plan' ? (
        <PlanScreen assessmentId={route.assessmentId} />
      ) : route.screen === 'reviews' ? (
        <ReviewsScreen assessmentId={route.assessmentId} />
      ) : route.screen === 'review-mode' ? (
        <ReviewModeScreen />
      ) : route.screen === 'backup' ? (
        <BackupScreen />
      ) : (
        <AssessmentRoutes route={route} />
      )}
    </Suspense>
  );
}
