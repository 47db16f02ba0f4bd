import { useFeatureTranslation } from '../../i18n/use-translation';
import { backupMessages } from './messages';

/** Translate for the backup screen: its own messages and the shared ones. */
export function useBackupTranslation() {
  return useFeatureTranslation(backupMessages);
}
