import { useCallback } from 'react';
import type { Language } from '../domain/localized-text';
import { useAppStore } from '../store/app-store';
import type { MessageKey } from './th';
import { coreMessages, fillPlaceholders, type MessageParams } from './translate';

export type Translate<Key extends string = MessageKey> = (key: Key, params?: MessageParams) => string;

/** The current language and a translate function bound to it, for the shared messages. */
export function useTranslation(): { language: Language; t: Translate } {
  const language = useAppStore((state) => state.language);
  const t = useCallback<Translate>((key, params) => fillPlaceholders(coreMessages[language][key], params), [language]);
  return { language, t };
}

/** Like useTranslation, for a feature's own messages as well as the shared ones. */
export function useFeatureTranslation<Key extends string>(feature: Record<Language, Record<Key, string>>): { language: Language; t: Translate<Key | MessageKey> } {
  const language = useAppStore((state) => state.language);
  const t = useCallback<Translate<Key | MessageKey>>(
    (key, params) => {
      const own: Record<string, string> = feature[language];
      return fillPlaceholders(own[key] ?? coreMessages[language][key as MessageKey], params);
    },
    [language, feature],
  );
  return { language, t };
}
