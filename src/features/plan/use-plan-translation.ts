import { useTranslator } from '../../i18n/use-translation';
import { translatePlan } from './messages';

/** Translate for the plan screen: its own messages and the shared ones. */
export function usePlanTranslation() {
  return useTranslator(translatePlan);
}
