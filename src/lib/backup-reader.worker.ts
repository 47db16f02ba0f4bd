/// <reference lib="webworker" />
import type { BackupReaderMessage, BackupReaderRequest } from './backup-reader-protocol';
import { readBackupFile } from './read-backup-file';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: BackupReaderMessage) => scope.postMessage(message);

// One file a worker: read, parsed and checked here, so that a backup of a thousand assessments never holds the page.
scope.onmessage = (event: MessageEvent<BackupReaderRequest>) => {
  const { file, context } = event.data;
  void readBackupFile(file, context, (done, total) => post({ type: 'progress', done, total })).then((result) => post({ type: 'done', result }));
};
