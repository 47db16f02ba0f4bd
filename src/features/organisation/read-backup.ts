import { maxBackupBytes, parseBackup, tooLargeProblem } from '../../domain/backup';
import type { FileOutcome } from '../../domain/organisation-combine';

/** The text of a file to read (UTF-8), or 'too-large' (checked on its size, as import does) so that it is never read whole. */
export async function readableText(file: Blob): Promise<string | 'too-large'> {
  return file.size > maxBackupBytes ? 'too-large' : file.text();
}

/** One file as the roll-up reads it: its text (null: the browser could not read it) to assessments or a refusal. */
export function readBackupText(text: string | 'too-large' | null, name: string, knownProfileIds: readonly string[]): FileOutcome {
  if (text === 'too-large') return { file: name, ok: false, path: tooLargeProblem.path, reason: tooLargeProblem.message, code: tooLargeProblem.code };
  if (text === null) return { file: name, ok: false, path: '', reason: { th: 'อ่านไฟล์ไม่ได้', en: 'The file could not be read' }, code: 'unreadable' };
  return parseBackupText(text, name, knownProfileIds);
}

/**
 * The roll-up's one call into the import's parsing and migration, so that a change of its shape is adapted here
 * only: a backup's text to its assessments, or why it is refused.
 */
export function parseBackupText(text: string, name: string, knownProfileIds: readonly string[]): FileOutcome {
  const result = parseBackup(text, knownProfileIds);
  if (result.ok) return { file: name, ok: true, assessments: result.assessments, migratedFrom: result.migratedFrom };
  return { file: name, ok: false, path: result.problem.path, reason: result.problem.message, code: result.problem.code };
}
