import { useFeatureTranslation } from '../../i18n/use-translation';
import { planMessages } from './messages';

/** Translate for the plan screen: its own messages and the shared ones. */
export function usePlanTranslation() {
  return useFeatureTranslation(planMessages);
}
