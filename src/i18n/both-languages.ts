import type { Messages } from './translate';

/**
 * A spreadsheet cell in both languages, "ชื่อ-นามสกุล / Name", or the one text where Thai and English are the same.
 * CSV words have no placeholders but plain values (`{role}`): read straight from the messages, without the app's translator (so the CSVs' code can
 * load on its own, on the first export).
 */
export function inBothLanguages<Key extends string>(messages: Messages<Key>, key: Key, params?: Record<string, string>): string {
  const fill = (text: string) => (params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole) : text);
  const [thai, english] = [fill(messages.th[key]), fill(messages.en[key])];
  return thai === english ? thai : `${thai} / ${english}`;
}
