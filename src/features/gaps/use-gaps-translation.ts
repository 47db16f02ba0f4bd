import { useFeatureTranslation } from '../../i18n/use-translation';
import { gapsMessages } from './messages';

/** Translate for the gap screen: its own messages and the shared ones. */
export function useGapsTranslation() {
  return useFeatureTranslation(gapsMessages);
}
