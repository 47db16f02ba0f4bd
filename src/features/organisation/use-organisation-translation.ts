import { useTranslator } from '../../i18n/use-translation';
import { translateOrganisation } from './messages';

/** Translate for the organisation view: its own messages and the shared ones. */
export function useOrganisationTranslation() {
  return useTranslator(translateOrganisation);
}
