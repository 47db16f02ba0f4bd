import { useTranslator } from '../../i18n/use-translation';
import { translateCatalogue } from './catalogue-messages';

/** Translate for the catalogue screen: its own messages and the shared ones. */
export function useCatalogueTranslation() {
  return useTranslator(translateCatalogue);
}
