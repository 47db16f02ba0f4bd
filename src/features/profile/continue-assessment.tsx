import { profileItems } from '../../domain/assessment/assessment-items';
import { assessmentProgress } from '../../domain/scoring/progress';
import { useTranslator } from '../../i18n/use-translation';
import { createTranslator } from '../../i18n/translate';
import { assessmentTitle } from '../../lib/assessment-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { routes } from '../../lib/routes';
import { useAppStore } from '../../store/app-store-context';
import { ownEntry } from '../../domain/shared/own-entry';

// Its words load with it, not with the first screen's (which shows it only once there is an assessment).
const translateContinue = createTranslator({
  th: { 'profile.continueAssessment': 'ทำการประเมิน "{title}" ต่อ ({rated}/{total} รายการ)' },
  en: { 'profile.continueAssessment': 'Continue "{title}" ({rated}/{total} items)' },
});

/** A way back into the assessment the user was working on, for someone who comes back to the first screen. */
export function ContinueAssessment() {
  const { language, t } = useTranslator(translateContinue);
  // The current assessment, or else the one changed last: there is always a way back to one's work.
  const assessment = useAppStore((state) => {
    const current = state.currentAssessmentId ? ownEntry(state.assessments, state.currentAssessmentId) : undefined;
    return current ?? Object.values(state.assessments).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  });
  const found = profileItems(useProfileLibrary(), assessment?.profileId);
  if (!assessment || !found) return null;
  const { profile, items } = found;
  const { rated, total } = assessmentProgress(items, assessment).overall;
  return (
    <p className="continue">
      <a href={routes.assessment.href({ assessmentId: assessment.id })}>
        {t('profile.continueAssessment', { title: assessmentTitle(assessment, profile.abbreviation, language), rated, total })}
      </a>
    </p>
  );
}
