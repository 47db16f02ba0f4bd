import { says, type ProblemMessage } from '../shared/problem-message';

const kilobyte = 1024;
const megabyte = 1024 * 1024;

/**
 * A file's size as people read it: "700 MB" from 10 MB or in whole megabytes, else "5,121 KB" (rounded up, so a file
 * just over a limit never reads as the limit itself), "90 bytes".
 */
export function formatFileSize(bytes: number): string {
  if (bytes >= 10 * megabyte || (bytes > 0 && bytes % megabyte === 0)) return `${Math.round(bytes / megabyte).toLocaleString('en')} MB`;
  if (bytes >= kilobyte) return `${Math.ceil(bytes / kilobyte).toLocaleString('en')} KB`;
  return `${bytes} bytes`;
}

/** Why a file was not read: its size against the most this file input takes. */
export function tooLargeMessage(bytes: number, maxBytes: number): ProblemMessage {
  return says('problem.tooLarge', { size: formatFileSize(bytes), most: formatFileSize(maxBytes) });
}
