import { useFeatureTranslation } from '../../i18n/use-translation';
import { assessmentMessages } from './messages';

/** Translate for the assessment screens: their own messages and the shared ones. */
export function useAssessmentTranslation() {
  return useFeatureTranslation(assessmentMessages);
}
