import type { Language } from '../domain/localized-text';
import { en } from './en';
import { th, type MessageKey } from './th';

export const coreMessages: Record<Language, Record<MessageKey, string>> = { th, en };

export type MessageParams = Record<string, string | number>;

/** `template` with each `{name}` replaced by `params.name`; unknown placeholders are left as they are. */
export function fillPlaceholders(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The shared message `key` in `language`, with its placeholders filled. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(coreMessages[language][key], params);
}
