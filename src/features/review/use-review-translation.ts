import { useFeatureTranslation } from '../../i18n/use-translation';
import { reviewMessages } from './messages';

/** Translate for the review screens: their own messages and the shared ones. */
export function useReviewTranslation() {
  return useFeatureTranslation(reviewMessages);
}
