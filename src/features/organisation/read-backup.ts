import { maxBackupBytes, parseBackup } from '../../domain/backup';
import type { FileOutcome } from '../../domain/organisation-combine';

/**
 * The bytes of a file to read: at most one byte past the size limit, so that a huge file is refused (by the
 * import's own size check) without being read whole.
 */
export function readableBytes(file: Blob): Promise<ArrayBuffer> {
  // Slicing makes a new Blob, which costs the page about a millisecond: only the rare oversized file is sliced.
  return (file.size > maxBackupBytes ? file.slice(0, maxBackupBytes + 1) : file).arrayBuffer();
}

const decoder = new TextDecoder();

/** One file as the roll-up reads it: its bytes (null: the browser could not read it) to assessments or a refusal. */
export function readBackupBytes(bytes: ArrayBuffer | null, name: string, knownProfileIds: readonly string[]): FileOutcome {
  if (bytes === null) return { file: name, ok: false, path: '', reason: { th: 'อ่านไฟล์ไม่ได้', en: 'The file could not be read' }, code: 'unreadable' };
  return parseBackupText(decoder.decode(bytes), name, knownProfileIds);
}

/**
 * The roll-up's one call into the import's parsing and migration, so that a change of its shape is adapted here
 * only: a backup's text to its assessments, or why it is refused.
 */
export function parseBackupText(text: string, name: string, knownProfileIds: readonly string[]): FileOutcome {
  const result = parseBackup(text, knownProfileIds);
  if (result.ok) return { file: name, ok: true, assessments: result.assessments, migratedFrom: result.migratedFrom };
  return { file: name, ok: false, path: result.problem.path, reason: result.problem.message };
}
