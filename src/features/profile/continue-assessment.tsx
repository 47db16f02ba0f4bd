import { listAssessmentItems } from '../../domain/assessment-items';
import { assessmentProgress } from '../../domain/progress';
import { useTranslation } from '../../i18n/use-translation';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { assessmentHref } from '../../lib/routes';
import { useAppStore } from '../../store/app-store';

/** A way back into the assessment the user was working on, for someone who comes back to the first screen. */
export function ContinueAssessment() {
  const { catalogue, profiles } = useProfileLibrary();
  const { t } = useTranslation();
  const assessment = useAppStore((state) => (state.currentAssessmentId ? state.assessments[state.currentAssessmentId] : undefined));
  const profile = profiles.find((candidate) => candidate.id === assessment?.profileId);
  if (!assessment || !profile) return null;
  const { rated, total } = assessmentProgress(listAssessmentItems(profile, catalogue), assessment).overall;
  return (
    <p className="continue">
      <a href={assessmentHref(assessment.id)}>{t('profile.continueAssessment', { title: assessment.title, rated, total })}</a>
    </p>
  );
}
