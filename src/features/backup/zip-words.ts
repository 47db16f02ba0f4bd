import type { LocalizedText } from '../../domain/shared/localized-text';
import { createTranslator, type MessageParams } from '../../i18n/translate';
import type { ZipMessageKey } from './zip-messages';

export type ZipWords = (key: ZipMessageKey, params?: MessageParams) => LocalizedText;

/** The words of a backup with evidence files, loaded when one is exported or imported: each notice in both languages, shown in the page's. */
export async function loadZipWords(): Promise<ZipWords> {
  const translate = createTranslator((await import('./zip-messages')).zipMessages);
  return (key, params) => ({ th: translate('th')(key, params), en: translate('en')(key, params) });
}
