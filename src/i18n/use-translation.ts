import { useCallback } from 'react';
import type { Language } from '../domain/localized-text';
import { useAppStore } from '../store/app-store';
import type { MessageKey } from './th';
import { translate, type MessageParams } from './translate';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The current language and a translate function bound to it. */
export function useTranslation(): { language: Language; t: Translate } {
  const language = useAppStore((state) => state.language);
  const t = useCallback<Translate>((key, params) => translate(language, key, params), [language]);
  return { language, t };
}
