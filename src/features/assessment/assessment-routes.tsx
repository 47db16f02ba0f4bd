import './assessment.css';
import { useEffect } from 'react';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { assessmentTitle } from '../../lib/assessment-title';
import { useDocumentTitle } from '../../lib/document-title';
import type { Route } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAppStore } from '../../store/app-store-context';
import { AssessmentDetailsScreen } from './assessment-details-screen';
import { AssessmentScreen } from './assessment-screen';
import { AssessmentsScreen } from './assessments-screen';
import { NewAssessmentScreen } from './new-assessment-screen';
import { ownEntry } from '../../domain/own-entry';

type AssessmentRoute = Extract<Route, { screen: 'assessments' | 'new-assessment' | 'assessment' | 'assessment-details' }>;

/** The assessment screens; this module and what it imports load only when the user goes there. */
export function AssessmentRoutes({ route }: { route: AssessmentRoute }) {
  const { t } = useAssessmentTranslation();
  const { profiles } = useProfileLibrary();
  const assessmentId = 'assessmentId' in route ? route.assessmentId : null;
  // Only which profile the assessment uses: this component must not re-render on every rating.
  const profileId = useAppStore((state) => (assessmentId ? ownEntry(state.assessments, assessmentId)?.profileId : undefined));
  const switchAssessment = useAppStore((state) => state.switchAssessment);
  const title = useAppStore((state) => {
    const assessment = assessmentId ? ownEntry(state.assessments, assessmentId) : undefined;
    const abbreviation = profiles.find((candidate) => candidate.id === assessment?.profileId)?.abbreviation ?? '';
    return assessment ? assessmentTitle(assessment, abbreviation, state.language) : undefined;
  });
  const screenTitle = { assessments: t('assessments.title'), 'new-assessment': t('newAssessment.title'), assessment: title, 'assessment-details': t('details.title') }[route.screen];
  useDocumentTitle(screenTitle, t('app.name'));
  useScreenArrival(`${route.screen}:${assessmentId ?? ''}`);

  useEffect(() => {
    if (assessmentId && profileId) switchAssessment(assessmentId);
  }, [assessmentId, profileId, switchAssessment]);

  if (route.screen === 'assessments') return <AssessmentsScreen />;
  if (route.screen === 'new-assessment') return <NewAssessmentScreen profileId={route.profileId} />;
  const profile = profiles.find((candidate) => candidate.id === profileId);
  if (!assessmentId || !profile) {
    // The app shows the not-found screen for an assessment this browser does not hold (app/screen.tsx).
    return null;
  }
  if (route.screen === 'assessment-details') return <AssessmentDetailsScreen assessmentId={assessmentId} />;
  return <AssessmentScreen assessmentId={assessmentId} profile={profile} />;
}
