import type { Assessment } from '../domain/assessment/assessment';
import { finishBackup, maxBackupBytes, openBackup, tooLargeProblem, type ImportProblem, type ImportResult } from '../domain/files/backup';
import { readCheckedAssessment, type BackupContext } from '../domain/files/read-backup';
import { inSlices } from './in-slices';
import { nextTask } from './next-task';
import { readFileText } from './read-file';

/**
 * Reads a backup or "Download my data" file as import does (domain/files/read-backup.ts), without a long task: its size
 * before reading, its bytes, then its JSON in a task of their own, then its assessments a slice at a time, telling
 * `onProgress` how far it got. A thousand assessments take a second or more to check; the page stays responsive.
 */
export async function readBackupFile(file: Blob, context: BackupContext, onProgress: (done: number, total: number) => void): Promise<ImportResult> {
  const read = await readFileText(file, maxBackupBytes);
  if (!read.ok) return { ok: false, problem: tooLargeProblem(read.tooLarge) };
  await nextTask();
  const opening = openBackup(read.text);
  if (!opening.ok) return opening;
  const { assessments: raw, version } = opening;
  const assessments: Assessment[] = [];
  const problem = await inSlices<ImportProblem>(
    raw.length,
    (index) => {
      const checked = readCheckedAssessment(raw[index], index, version, context);
      if (!checked.ok) return checked.problem;
      assessments.push(checked.assessment);
      return undefined;
    },
    { onProgress: (done) => onProgress(done, raw.length) },
  );
  return problem ? { ok: false, problem } : finishBackup(assessments, version);
}
