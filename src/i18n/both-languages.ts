import type { Messages } from './translate';

/**
 * A spreadsheet cell in both languages, "ชื่อ-นามสกุล / Name", or the one text where Thai and English are the same.
 * CSV words have no placeholders: read straight from the messages, without the app's translator (so the CSVs' code can
 * load on its own, on the first export).
 */
export function inBothLanguages<Key extends string>(messages: Messages<Key>, key: Key): string {
  const [thai, english] = [messages.th[key], messages.en[key]];
  return thai === english ? thai : `${thai} / ${english}`;
}
