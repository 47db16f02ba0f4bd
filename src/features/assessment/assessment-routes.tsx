import './assessment.css';
import { useEffect } from 'react';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useDocumentTitle } from '../../lib/document-title';
import type { Route } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAppStore } from '../../store/app-store-context';
import { useAssessmentHeading } from '../../store/use-assessment-screen';
import { AssessmentDetailsScreen } from './assessment-details-screen';
import { AssessmentScreen } from './assessment-screen';
import { AssessmentsScreen } from './assessments-screen';
import { NewAssessmentScreen } from './new-assessment-screen';

type AssessmentRoute = Extract<Route, { screen: 'assessments' | 'new-assessment' | 'assessment' | 'assessment-details' }>;

/** The assessment screens; this module and what it imports load only when the user goes there. */
export function AssessmentRoutes({ route }: { route: AssessmentRoute }) {
  const { t } = useAssessmentTranslation();
  const assessmentId = 'assessmentId' in route ? route.assessmentId : null;
  // Only the assessment's profile and name: this component must not re-render on every rating.
  const heading = useAssessmentHeading(assessmentId ?? '');
  const held = heading !== null;
  const switchAssessment = useAppStore((state) => state.switchAssessment);
  const screenTitle = {
    assessments: t('assessments.title'),
    'new-assessment': t('newAssessment.title'),
    assessment: heading?.title,
    'assessment-details': t('details.title'),
  }[route.screen];
  useDocumentTitle(screenTitle, t('app.name'));
  useScreenArrival(`${route.screen}:${assessmentId ?? ''}`);

  useEffect(() => {
    if (assessmentId && held) switchAssessment(assessmentId);
  }, [assessmentId, held, switchAssessment]);

  if (route.screen === 'assessments') return <AssessmentsScreen />;
  if (route.screen === 'new-assessment') return <NewAssessmentScreen profileId={route.profileId} />;
  if (!assessmentId || !heading) return null;
  if (route.screen === 'assessment-details') return <AssessmentDetailsScreen assessmentId={assessmentId} />;
  return <AssessmentScreen assessmentId={assessmentId} />;
}
