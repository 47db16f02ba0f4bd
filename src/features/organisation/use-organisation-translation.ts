import { useFeatureTranslation } from '../../i18n/use-translation';
import { organisationMessages } from './messages';

/** Translate for the organisation view: its own messages and the shared ones. */
export function useOrganisationTranslation() {
  return useFeatureTranslation(organisationMessages);
}
