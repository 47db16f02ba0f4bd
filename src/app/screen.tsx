import { lazy, Suspense } from 'react';
import { ProfileScreen } from '../features/profile/profile-screen';
import { useTranslation } from '../i18n/use-translation';
import { profileHref, type Route } from '../lib/routes';
import { usePrefetchOnIntent, usePrefetchWhenRatingCompletes } from './prefetch-screens';

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
};
const AssessmentRoutes = lazy(() => loadAssessmentRoutes().then((module) => ({ default: module.AssessmentRoutes })));
const GapsScreen = lazy(() => loadGapsScreen().then((module) => ({ default: module.GapsScreen })));
const BackupScreen = lazy(() => loadBackupScreen().then((module) => ({ default: module.BackupScreen })));
const PlanScreen = lazy(() => loadPlanScreen().then((module) => ({ default: module.PlanScreen })));
const OrganisationScreen = lazy(() => loadOrganisationScreen().then((module) => ({ default: module.OrganisationScreen })));
// Review mode and the reviews of an assessment: files to and from a supervisor or an assistant.
const ReviewModeScreen = lazy(() => loadReviewModeScreen().then((module) => ({ default: module.ReviewModeScreen })));
const ReviewsScreen = lazy(() => loadReviewsScreen().then((module) => ({ default: module.ReviewsScreen })));
const ReportScreen = lazy(() => loadReportScreen().then((module) => ({ default: module.ReportScreen })));

/** The screen for the route. */
export function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  usePrefetchOnIntent(loaders);
  usePrefetchWhenRatingCompletes(route.screen === 'assessment' ? route.assessmentId : null, loadGapsScreen);
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
      ) : route.screen === 'organisation' ? (
        <OrganisationScreen />
      ) : (
        <AssessmentRoutes route={route} />
      )}
    </Suspense>
  );
}
