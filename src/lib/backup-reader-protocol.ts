import type { ImportResult } from '../domain/files/backup';
import type { BackupContext } from '../domain/files/read-backup';

/** What the page asks the backup reader: read this file, checked against these profiles. */
export interface BackupReaderRequest {
  file: Blob;
  context: BackupContext;
}

/** What the reader answers: how far it got, then the result. */
export type BackupReaderMessage = { type: 'progress'; done: number; total: number } | { type: 'done'; result: ImportResult };
