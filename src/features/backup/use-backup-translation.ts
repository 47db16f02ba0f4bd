import { useTranslator } from '../../i18n/use-translation';
import { translateBackup } from './messages';

/** Translate for the backup screen: its own messages and the shared ones. */
export function useBackupTranslation() {
  return useTranslator(translateBackup);
}
