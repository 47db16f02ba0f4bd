import type { Assessment } from '../assessment/assessment';
import { finishBackup, openBackup, readBackupAssessment, type ImportProblem, type ImportResult } from './backup';
import { assessmentProblem } from './content-checks';
import type { ProfileKeysById } from './profile-keys';

/** What a backup is checked against: the role profiles' keys, and the time now (reviews may not be dated later). */
export interface BackupContext {
  profiles: ProfileKeysById;
  now: string;
}

/**
 * The assessment at `index` of an opened backup, read for its shape and checked against its role profile: keys the
 * profile does not have, actions serving no item of it, dates out of order, reviews dated in the future, duplicate
 * action or review ids, lists longer than a file may hold.
 */
export function readCheckedAssessment(
  raw: unknown,
  index: number,
  version: number,
  context: BackupContext,
): { ok: true; assessment: Assessment } | { ok: false; problem: ImportProblem } {
  const read = readBackupAssessment(raw, index, version, [...context.profiles.keys()]);
  if (!read.ok) return read;
  const keys = context.profiles.get(read.assessment.profileId);
  const problem = keys ? assessmentProblem(read.assessment, keys, context.now, `assessments[${index}]`) : null;
  return problem ? { ok: false, problem } : read;
}

/**
 * Reads a backup or "Download my data" file whole, as import does: its shape (`openBackup`), then every assessment
 * against its role profile. Never throws. An import of many assessments runs the same steps in slices instead.
 */
export function readBackup(text: string, context: BackupContext): ImportResult {
  const opening = openBackup(text);
  if (!opening.ok) return opening;
  const assessments: Assessment[] = [];
  for (const [index, raw] of opening.assessments.entries()) {
    const read = readCheckedAssessment(raw, index, opening.version, context);
    if (!read.ok) return read;
    assessments.push(read.assessment);
  }
  return finishBackup(assessments, opening.version);
}
