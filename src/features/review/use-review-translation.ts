import { useTranslator } from '../../i18n/use-translation';
import { translateReview } from './messages';

/** Translate for the review screens: their own messages and the shared ones. */
export function useReviewTranslation() {
  return useTranslator(translateReview);
}
