import type { Language } from '../domain/localized-text';
import { en } from './en';
import { th, type MessageKey } from './th';

const messages: Record<Language, Record<MessageKey, string>> = { th, en };

export type MessageParams = Record<string, string | number>;

/** The message `key` in `language`, with each `{name}` replaced by `params.name`. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = messages[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
