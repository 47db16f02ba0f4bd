import { maxBackupBytes, tooLargeProblem } from '../../domain/backup';
import type { FileOutcome } from '../../domain/organisation-combine';
import { readBackup, type BackupContext } from '../../domain/read-backup';
import { problemWords } from '../../i18n/problem-messages';
import { says } from '../../domain/problem-message';
import { readFileText, type FileText } from '../../lib/read-file';

/** A file's text, or its size when over the import's limit (checked before reading, as import does, so it is never read whole). */
export function readableText(file: Blob): Promise<FileText> {
  return readFileText(file, maxBackupBytes);
}

/** One file as the roll-up reads it: its text (null: the browser could not read it) to assessments or a refusal. */
export function readBackupText(text: FileText | null, name: string, context: BackupContext): FileOutcome {
  if (text === null) return { file: name, ok: false, path: '', reason: problemWords(says('problem.backup.unreadable')), code: 'unreadable' };
  if (!text.ok) {
    const problem = tooLargeProblem(text.tooLarge);
    return { file: name, ok: false, path: problem.path, reason: problemWords(problem.message), code: problem.code };
  }
  return parseBackupText(text.text, name, context);
}

/**
 * The roll-up's one call into the import's reading, migration and checks against the role profiles, so that a
 * change of its shape is adapted here only: a backup's text to its assessments, or why it is refused.
 */
export function parseBackupText(text: string, name: string, context: BackupContext): FileOutcome {
  const result = readBackup(text, context);
  if (result.ok) return { file: name, ok: true, assessments: result.assessments, migratedFrom: result.migratedFrom };
  return { file: name, ok: false, path: result.problem.path, reason: problemWords(result.problem.message), code: result.problem.code };
}
