import { useEffect, useSyncExternalStore } from 'react';
import type { Language } from '../domain/shared/localized-text';
import { useAppStore } from '../store/app-store-context';
import type { MessageKey } from './th';
import { isEnglishLoaded, loadEnglish, onEnglishLoaded, translateCore, type Translate, type Translator } from './translate';

/** The screen's language and `translator` bound to it. */
export function useTranslator<Key extends string>(translator: Translator<Key>): { language: Language; t: Translate<Key> } {
  const language = useAppStore((state) => state.language);
  return { language, t: translator(language) };
}

/**
 * The screen's language and a translate function for the shared messages. English shows once its words are in
 * (translate.ts): until then, as when another tab has just chosen English, the screen stays in Thai and loads them.
 */
export function useTranslation(): { language: Language; t: Translate<MessageKey> } {
  const chosen = useAppStore((state) => state.language);
  const english = useSyncExternalStore(onEnglishLoaded, isEnglishLoaded, () => false);
  const waiting = chosen === 'en' && !english;
  useEffect(() => {
    if (waiting) loadEnglish().catch(() => undefined);
  }, [waiting]);
  const language = waiting ? 'th' : chosen;
  return { language, t: translateCore(language) };
}
