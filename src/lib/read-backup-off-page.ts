import type { ImportResult } from '../domain/files/backup';
import type { BackupContext } from '../domain/files/read-backup';
import type { BackupReaderMessage, BackupReaderRequest } from './backup-reader-protocol';

/** The same reading in the page, in slices: its code loads only when needed, so the screen does not carry it. */
function readInPage(file: Blob, context: BackupContext, onProgress: (done: number, total: number) => void): Promise<ImportResult> {
  return import('./read-backup-file').then((module) => module.readBackupFile(file, context, onProgress));
}

/**
 * Reads a backup as import does, in a Web Worker: reading, JSON parsing (a 5 MB file is one long parse) and the
 * check of every assessment happen off the page, which only hears progress and receives the result. Where there is no
 * worker (tests in jsdom), or it fails to start, the same reading runs in the page, in slices.
 */
export function readBackupOffPage(file: Blob, context: BackupContext, onProgress: (done: number, total: number) => void): Promise<ImportResult> {
  if (typeof Worker === 'undefined') return readInPage(file, context, onProgress);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./backup-reader.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BackupReaderMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.done, message.total);
      worker.terminate();
      resolve(message.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(readInPage(file, context, onProgress));
    };
    worker.postMessage({ file, context } satisfies BackupReaderRequest);
  });
}
