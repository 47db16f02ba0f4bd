import type { LocalizedText } from '../domain/shared/localized-text';
import type { ProblemMessage } from '../domain/shared/problem-message';

/**
 * A problem with a file in both languages. The words of every problem (i18n/problem-messages.ts, 3 KB) load only when
 * one is to be shown: a refusal comes after reading a file, which is awaited anyway.
 */
export async function wordsOfProblem(message: ProblemMessage): Promise<LocalizedText> {
  if ('issue' in message) return message.issue;
  const { problemWords } = await import('./problem-messages');
  return problemWords(message);
}
