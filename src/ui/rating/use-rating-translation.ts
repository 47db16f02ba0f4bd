import { translateRating } from '../../i18n/rating-messages';
import { useTranslator } from '../../i18n/use-translation';

/** Translate for the rating pieces: their own words and the deadlines'. */
export function useRatingTranslation() {
  return useTranslator(translateRating);
}
