import { maxBackupBytes, parseBackup } from '../../domain/backup';
import type { FileOutcome } from '../../domain/organisation-combine';

/**
 * The roll-up's one call into the import's parsing and migration, so that a change of its shape is adapted here
 * only. Reads at most one byte past the size limit, so a huge file is refused without being read whole.
 */
export async function readBackupFile(file: Blob, name: string, knownProfileIds: readonly string[]): Promise<FileOutcome> {
  let text: string;
  try {
    text = await file.slice(0, maxBackupBytes + 1).text();
  } catch {
    return { file: name, ok: false, path: '', reason: { th: 'อ่านไฟล์ไม่ได้', en: 'The file could not be read' }, code: 'unreadable' };
  }
  const result = parseBackup(text, knownProfileIds);
  if (result.ok) return { file: name, ok: true, assessments: result.assessments, migratedFrom: result.migratedFrom };
  return { file: name, ok: false, path: result.problem.path, reason: result.problem.message };
}
