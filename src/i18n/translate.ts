import type { Language } from '../domain/shared/localized-text';
import { th, type MessageKey } from './th';

/** A set of messages: every key in Thai (the source) and in English. */
export type Messages<Key extends string> = Record<Language, Record<Key, string>>;
export type MessageParams = Record<string, string | number>;
/** Translates a key; `message(text)` translates text that may be a key (a schema's error message) and gives other text back as it is. */
export type Translate<Key extends string = MessageKey> = ((key: Key, params?: MessageParams) => string) & {
  message: (text: string, params?: MessageParams) => string;
};
/** What `createTranslator` gives: the translate function for a language, the same function each time. */
export type Translator<Key extends string> = (language: Language) => Translate<Key>;

/**
 * The shared messages in English load on demand (the first screen is Thai, and Thai is what most users read): filled
 * by `loadEnglish`, which the language switch and the start-up await before anything is shown in English. Features'
 * own translators carry their English statically (core-messages.ts).
 */
const englishCore: Partial<Record<MessageKey, string>> = {};
let englishLoaded = false;
let englishLoad: Promise<void> | null = null;
const englishListeners = new Set<() => void>();

/** Loads the shared English messages once; resolves when they are in. */
export function loadEnglish(): Promise<void> {
  englishLoad ??= import('./en').then(
    ({ en }) => {
      Object.assign(englishCore, en);
      englishLoaded = true;
      englishListeners.forEach((listener) => listener());
    },
    (error: unknown) => {
      englishLoad = null;
      throw error;
    },
  );
  return englishLoad;
}

export function isEnglishLoaded(): boolean {
  return englishLoaded;
}

/** Calls `listener` once the English messages are in; returns the function that stops listening. */
export function onEnglishLoaded(listener: () => void): () => void {
  englishListeners.add(listener);
  return () => englishListeners.delete(listener);
}

// `{count, plural, one {# assessment} other {# assessments}}`: the branch Intl.PluralRules picks, `#` the number.
const pluralPattern = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const pluralRules: Record<Language, Intl.PluralRules> = { th: new Intl.PluralRules('th'), en: new Intl.PluralRules('en') };

function choosePlural(language: Language, count: number, branches: string): string {
  const options = new Map([...branches.matchAll(/(=\d+|\w+)\s*\{([^{}]*)\}/g)].map((match) => [match[1], match[2] ?? '']));
  const text = options.get(`=${count}`) ?? options.get(pluralRules[language].select(count)) ?? options.get('other') ?? '';
  return text.replaceAll('#', String(count));
}

/** `template` with each plural block resolved and each `{name}` replaced by `params.name`; unknown names are left as they are. */
export function formatMessage(language: Language, template: string, params?: MessageParams): string {
  if (!params) return template;
  const has = (name: string) => Object.hasOwn(params, name);
  return template
    .replace(pluralPattern, (whole, name: string, branches: string) => (has(name) ? choosePlural(language, Number(params[name]), branches) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (has(name) ? String(params[name]) : whole));
}

/** The names a message fills in, plural ones included, sorted: Thai and English must agree. */
export function placeholderNames(template: string): string[] {
  const withoutBranches = template.replace(pluralPattern, (_whole, name: string) => `{${name}}`);
  return [...withoutBranches.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

// Vite replaces import.meta.env at build; a development server and the tests get DEV = true.
const failLoudly = import.meta.env.DEV;

/**
 * The one translator: `createTranslator(messages)(language)(key, params)`. Used by the hooks, the report and
 * non-React code alike. A key with no message (a dynamic key gone wrong) throws in development and tests, and
 * shows the key itself in production rather than `undefined`.
 */
export function createTranslator<Key extends string>(messages: Messages<Key>): Translator<Key> {
  const make = (language: Language): Translate<Key> => {
    const table: Partial<Record<string, string>> = messages[language];
    const translate = (key: Key, params?: MessageParams) => {
      const template = table[key];
      if (template === undefined) {
        if (failLoudly) throw new Error(`No ${language} message for "${key}"`);
        return key;
      }
      return formatMessage(language, template, params);
    };
    const message = (text: string, params?: MessageParams) => {
      const template = Object.hasOwn(table, text) ? table[text] : undefined;
      return template === undefined ? text : formatMessage(language, template, params);
    };
    return Object.assign(translate, { message });
  };
  const byLanguage: Record<Language, Translate<Key>> = { th: make('th'), en: make('en') };
  return (language) => byLanguage[language];
}

/** Two sets of messages as one (a shared set and a feature's); the messages test refuses a key written in both. */
export function mergeMessages<First extends string, Second extends string>(first: Messages<First>, second: Messages<Second>): Messages<First | Second> {
  return { th: { ...first.th, ...second.th }, en: { ...first.en, ...second.en } };
}

/** The shared messages' translator for the first screen and the app's frame: English only once `loadEnglish` is done. */
export const translateCore: Translator<MessageKey> = createTranslator({ th, en: englishCore as Record<MessageKey, string> });
