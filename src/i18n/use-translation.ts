import type { Language } from '../domain/localized-text';
import { useAppStore } from '../store/app-store-context';
import type { MessageKey } from './th';
import { translateCore, type Translate, type Translator } from './translate';

/** The screen's language and `translator` bound to it. */
export function useTranslator<Key extends string>(translator: Translator<Key>): { language: Language; t: Translate<Key> } {
  const language = useAppStore((state) => state.language);
  return { language, t: translator(language) };
}

/** The screen's language and a translate function for the shared messages. */
export function useTranslation(): { language: Language; t: Translate<MessageKey> } {
  return useTranslator(translateCore);
}
