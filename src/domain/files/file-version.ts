import { says, type ProblemMessage } from '../shared/problem-message';

/**
 * A file's data version that is not a whole number from `lowest` up (1.5, "4", missing), said in words; null when it
 * is one. Whether it is newer than the app is the caller's question, answered with its own message.
 */
export function versionProblem(value: unknown, lowest: number): ProblemMessage | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= lowest) return null;
  if (value === undefined) return says('problem.versionMissing', { lowest });
  return says('problem.versionNotOurs', { shown: JSON.stringify(value).slice(0, 20), lowest });
}
