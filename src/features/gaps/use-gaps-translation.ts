import { useTranslator } from '../../i18n/use-translation';
import { translateGaps } from './messages';

/** Translate for the gap screen: its own messages and the shared ones. */
export function useGapsTranslation() {
  return useTranslator(translateGaps);
}
