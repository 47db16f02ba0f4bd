import { useTranslator } from '../../i18n/use-translation';
import { translateAssessment } from './messages';

/** Translate for the assessment screens: their own messages and the shared ones. */
export function useAssessmentTranslation() {
  return useTranslator(translateAssessment);
}
