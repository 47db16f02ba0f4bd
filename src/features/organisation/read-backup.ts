import { maxBackupBytes, tooLargeProblem, type ImportProblem, type ImportProblemCode } from '../../domain/files/backup';
import type { FileOutcome } from '../../domain/organisation/organisation-combine';
import { readBackup, type BackupContext } from '../../domain/files/read-backup';
import { problemWords } from '../../i18n/problem-messages';
import { says } from '../../domain/shared/problem-message';
import { readFileText, type FileText } from '../../lib/read-file';
import { zipBackupText } from '../../lib/zip-entries';
import { decodeFileText } from '../../domain/files/file-text';
import type { FileContent } from './rollup-protocol';

/** A file's text as the roll-up reads it, or why there is none: over its limit, or a zip refused. */
export type RollupText = FileText | { ok: false; problem: ImportProblem };

/**
 * A file's text, or its size when over the import's limit (checked before reading, as import does, so it is never read
 * whole). For a backup with evidence files (.zip), the JSON backup inside it, its listing checked as import checks it;
 * its evidence files are never unpacked, only counted from what the assessments name.
 */
export function readableText(file: Blob, name: string): Promise<RollupText> {
  return /\.zip$/i.test(name) ? zipBackupText(file) : readFileText(file, maxBackupBytes);
}

/**
 * A file's text from what the page handed over: its bytes decoded (UTF-8 or UTF-16), its size when larger than a backup
 * may be, null when
 * the browser could not read it; a .zip file read here (readableText).
 */
export function contentText(content: FileContent, name: string): Promise<RollupText | null> {
  if (content.kind === 'file') return readableText(content.file, name).catch(() => null);
  if (content.kind === 'bytes')
    return Promise.resolve(
      content.bytes.length > maxBackupBytes ? { ok: false, tooLarge: content.bytes.length } : { ok: true, text: decodeFileText(content.bytes) },
    );
  return Promise.resolve(content.kind === 'too-large' ? { ok: false, tooLarge: content.size } : null);
}

/** One file as the roll-up reads it: its text (null: the browser could not read it) to assessments or a refusal. */
export function readBackupText(text: RollupText | null, name: string, context: BackupContext): FileOutcome {
  if (text === null) return { file: name, ok: false, path: '', reason: problemWords(says('problem.backup.unreadable')), code: 'unreadable' };
  if (!text.ok) {
    const problem = 'problem' in text ? text.problem : tooLargeProblem(text.tooLarge);
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
  if (!/\.(json|zip)$/i.test(name) && notABackup.has(result.problem.code)) return notABackupFile(name);
  return { file: name, ok: false, path: result.problem.path, reason: problemWords(result.problem.message), code: result.problem.code };
}

/** The refusals of a file whose content is not a backup's at all: for a file not named .json or .zip, it is not a backup file. */
const notABackup = new Set<ImportProblemCode>(['not-json', 'not-a-backup-file', 'empty', 'not-ours', 'too-deep']);

/**
 * A file chosen with the backups that is not one (a spreadsheet, a document, a CSV, a note): said as such, with its
 * kind, rather than as a damaged backup.
 */
function notABackupFile(name: string): FileOutcome {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  const kind = extension ? { th: `ไฟล์ .${extension}`, en: `a .${extension} file` } : { th: 'ไฟล์ที่ไม่มีนามสกุล', en: 'a file without an extension' };
  return {
    file: name,
    ok: false,
    path: '',
    code: 'not-a-backup-file',
    reason: {
      th: `ไม่ใช่ไฟล์สำรอง (${kind.th}) เลือกเฉพาะไฟล์ .json หรือ .zip ที่ส่งออกจากแอปนี้`,
      en: `Not a backup file (${kind.en}): choose only the .json or .zip files exported from this app`,
    },
  };
}
