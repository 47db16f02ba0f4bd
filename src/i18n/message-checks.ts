import type { Language } from '../domain/shared/localized-text';
import { placeholderNames } from './translate';

/** Problems with a set of messages: keys missing in a language, empty messages, placeholders that differ. */
export function messageProblems(messages: Record<Language, Record<string, string>>): string[] {
  const problems: string[] = [];
  const keys = new Set([...Object.keys(messages.th), ...Object.keys(messages.en)]);
  for (const key of keys) {
    const thai = messages.th[key];
    const english = messages.en[key];
    if (thai === undefined || english === undefined) problems.push(`${key}: missing in ${thai === undefined ? 'th' : 'en'}`);
    else if (!thai.trim() || !english.trim()) problems.push(`${key}: empty`);
    else if (placeholderNames(thai).join() !== placeholderNames(english).join()) problems.push(`${key}: placeholders differ`);
  }
  return problems;
}
