import { z } from 'zod/mini';
import { assessmentSchema, type Assessment } from '../assessment/assessment';
import { timestampSchema } from '../calendar/calendar-date';
import { count, type ContentProblemCode } from './content-problem';
import { tooLargeMessage } from './file-size';
import { depthOf, looksBinary } from './file-sniffing';
import { versionProblem } from './file-version';
import { parseGuardedJson } from './guarded-json';
import { formatPath } from '../shared/localized-issues';
import { backupFieldName, firstIssueInWords } from './refusal-words';
import '../shared/zod-locales';
import { compareVersion, isRecord, migrateAssessment, migrateStoredState, schemaVersion } from '../assessment/migrations';
import { says, type ProblemMessage, type ProblemMessageKey } from '../shared/problem-message';
import { levels } from '../profile/rating-scale';
import { fileFormats, otherKindMessage } from './file-formats';

/** What an exported file says it is. */
export const backupFormat = fileFormats.backup;
/** Files larger than this are refused before they are read. */
export const maxBackupBytes = 5 * 1024 * 1024;
/** Deeper JSON than this is not a backup (ours nests about 6 levels): refused before validation. */
export const maxBackupDepth = 32;
/** A backup, or a "Download my data" file, holds at most this many assessments. */
export const maxBackupAssessments = 1000;
/** The oldest version of a backup file (version 1 data was never exported). */
const lowestBackupVersion = 2;

export const backupEnvelopeSchema = z.strictObject({
  format: z.literal(backupFormat),
  schemaVersion: z.int().check(z.gte(lowestBackupVersion)),
  appVersion: z.string().check(z.maxLength(40)),
  exportedAt: timestampSchema,
  assessments: z.array(z.unknown()).check(z.minLength(1), z.maxLength(maxBackupAssessments)),
});
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;

/** The exported file's content: a versioned envelope around the assessments. */
export function createBackup(assessments: readonly Assessment[], input: { appVersion: string; now: string }): BackupEnvelope {
  return { format: backupFormat, schemaVersion, appVersion: input.appVersion, exportedAt: input.now, assessments: [...assessments] };
}

/** Why a file was refused: screens and tests compare the code, never the words. */
export type ImportProblemCode =
  | 'too-large'
  | 'not-a-backup-file'
  | 'empty'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-ours'
  | 'newer-version'
  | 'unknown-profile'
  | 'level-out-of-range'
  | 'invalid'
  // A backup with evidence files (evidence-zip.ts).
  | 'zip-damaged'
  | 'zip-unsafe-path'
  | 'zip-unlisted'
  | 'zip-missing-file'
  | 'zip-hash-mismatch'
  | 'evidence-storage'
  | ContentProblemCode;

export interface ImportProblem {
  code: ImportProblemCode;
  path: string;
  /** What it says: words come from i18n/problem-messages.ts. */
  message: ProblemMessage;
}

/** The refusal of a file too large to read, with its size (checked on the file's size, before reading it). */
export function tooLargeProblem(bytes: number): ImportProblem {
  return { code: 'too-large', path: '', message: tooLargeMessage(bytes, maxBackupBytes) };
}

export type ImportResult = { ok: true; assessments: Assessment[]; migratedFrom: number | null } | { ok: false; problem: ImportProblem };
type Refusal = { ok: false; problem: ImportProblem };

function refuse(code: ImportProblemCode, path: string, key: ProblemMessageKey, params?: Record<string, string | number>): Refusal {
  return { ok: false, problem: { code, path, message: says(key, params) } };
}

const notOurs = () => refuse('not-ours', 'format', 'problem.backup.notOurs');
const newer = (version: number, path: string) => refuse('newer-version', path, 'problem.backup.newerVersion', { version });
const tooMany = (found: number, path: string) => refuse('too-many', path, 'problem.backup.tooMany', { count: count(found), most: count(maxBackupAssessments) });

/** A version that is not a whole number from `lowest` up, said in words. */
function badVersion(value: unknown, lowest: number, path: string): Refusal | null {
  const message = versionProblem(value, lowest);
  return message ? { ok: false, problem: { code: 'invalid', path, message } } : null;
}

/** A file opened: the assessments it holds (not yet read one by one) and the version they were written in. */
export type BackupOpening = { ok: true; version: number; assessments: readonly unknown[] } | Refusal;

/** The assessments of a "Download my data" file (the app's stored state), counted before anything is migrated. */
function storedStateAssessments(data: Record<string, unknown>): BackupOpening {
  const wrongVersion = badVersion(data.version, 1, 'version');
  if (wrongVersion) return wrongVersion;
  if (compareVersion(data.version) === 'newer') return newer(Number(data.version), 'version');
  const count = isRecord(data.state) && isRecord(data.state.assessments) ? Object.keys(data.state.assessments).length : 0;
  if (count > maxBackupAssessments) return tooMany(count, 'state.assessments');
  const state = migrateStoredState(data.state, Number(data.version));
  const assessments = isRecord(state) && isRecord(state.assessments) ? Object.values(state.assessments) : [];
  if (assessments.length === 0) return refuse('invalid', 'state.assessments', 'problem.backup.noAssessment');
  return { ok: true, version: schemaVersion, assessments };
}

/** The assessments of a backup envelope, counted before the envelope is validated. */
function envelopeAssessments(data: Record<string, unknown>): BackupOpening {
  if (data.format !== backupFormat) {
    // A review, a request or a hand-off says what it is and where to use it.
    const other = otherKindMessage(data.format, data);
    return other ? refuse('not-ours', 'format', other) : notOurs();
  }
  const wrongVersion = badVersion(data.schemaVersion, lowestBackupVersion, 'schemaVersion');
  if (wrongVersion) return wrongVersion;
  if (compareVersion(data.schemaVersion) === 'newer') return newer(Number(data.schemaVersion), 'schemaVersion');
  if (Array.isArray(data.assessments) && data.assessments.length > maxBackupAssessments) return tooMany(data.assessments.length, 'assessments');
  const envelope = backupEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const issue = firstIssueInWords(backupEnvelopeSchema, data, backupFieldName);
    return {
      ok: false,
      problem: { code: 'invalid', path: formatPath(issue?.path ?? []), message: issue ? { issue: issue.message } : says('problem.invalid') },
    };
  }
  return { ok: true, version: envelope.data.schemaVersion, assessments: envelope.data.assessments };
}

/**
 * Opens an exported file's text (or a "Download my data" file): refuses, with a code and one message in Thai and
 * English, a file over 5 MB, a file that is not text (a PDF or an image), text that is not JSON, JSON nested too
 * deeply, keys such as __proto__, a file that is not ours, a version that is not one or is newer than this app, or
 * more than 1,000 assessments. Never throws. The assessments are then read one by one (`readBackupAssessment`).
 */
export function openBackup(text: string): BackupOpening {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBackupBytes) return { ok: false, problem: tooLargeProblem(bytes) };
  if (looksBinary(text)) return refuse('not-a-backup-file', '', 'problem.backup.notABackupFile');
  if (text.trim() === '') return refuse('empty', '', 'problem.backup.empty');
  const json = parseGuardedJson(text);
  const tooDeep = () => refuse('too-deep', '', 'problem.backup.tooDeep');
  if (!json.ok && json.problem === 'too-deep') return tooDeep();
  if (!json.ok) return refuse('not-json', '', 'problem.backup.notJson');
  const { data, unsafeKey } = json;
  if (depthOf(data, maxBackupDepth) > maxBackupDepth) return tooDeep();
  if (unsafeKey !== null) return refuse('forbidden-key', unsafeKey, 'problem.forbiddenKey', { key: unsafeKey });
  if (!isRecord(data)) return notOurs();
  return data.format === undefined && 'state' in data && 'version' in data ? storedStateAssessments(data) : envelopeAssessments(data);
}

/** A level or target outside 0–4, said in words: "DG100: level 9; levels run from 0 to 4". */
function levelOutOfRange(assessment: unknown, index: number): Refusal | null {
  if (!isRecord(assessment) || !isRecord(assessment.ratings)) return null;
  const [lowest, highest] = [Math.min(...levels), Math.max(...levels)];
  for (const [key, rating] of Object.entries(assessment.ratings)) {
    if (!isRecord(rating)) continue;
    for (const field of ['level', 'target'] as const) {
      const value = rating[field];
      if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= lowest && value <= highest)) continue;
      const code = key.replace(/^[a-z]+:/, '');
      const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
      const message = field === 'level' ? 'problem.backup.levelOutOfRange' : 'problem.backup.targetOutOfRange';
      return refuse('level-out-of-range', `assessments[${index}].ratings.${key}.${field}`, message, { code, shown, lowest, highest });
    }
  }
  return null;
}

/** The assessment at `index` of an opened file, migrated and validated: its shape only (see read-backup.ts for its profile). */
export function readBackupAssessment(
  raw: unknown,
  index: number,
  version: number,
  knownProfileIds: readonly string[],
): { ok: true; assessment: Assessment } | Refusal {
  const candidate = migrateAssessment(raw, version);
  const profileId = isRecord(candidate) ? candidate.profileId : undefined;
  if (typeof profileId === 'string' && !knownProfileIds.includes(profileId)) {
    return refuse('unknown-profile', `assessments[${index}].profileId`, 'problem.unknownRole', { profile: profileId.slice(0, 40) });
  }
  const outOfRange = levelOutOfRange(candidate, index);
  if (outOfRange) return outOfRange;
  const parsed = assessmentSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, assessment: parsed.data };
  // The field by its name on the form and what is wrong with it, in words (refusal-words.ts); the path stays for tools.
  const issue = firstIssueInWords(assessmentSchema, candidate, (path) => backupFieldName(['assessments', index, ...path]));
  const path = formatPath(issue?.path ?? []);
  return {
    ok: false,
    problem: {
      code: 'invalid',
      path: `assessments[${index}]${path ? `.${path}` : ''}`,
      message: issue ? { issue: issue.message } : says('problem.backup.invalidAssessment'),
    },
  };
}

/** The read assessments as the import's result, or the refusal of two with one id. */
export function finishBackup(assessments: Assessment[], version: number): ImportResult {
  const seen = new Map<string, number>();
  for (const [index, { id }] of assessments.entries()) {
    const first = seen.get(id);
    if (first !== undefined)
      return refuse('duplicate-id', `assessments[${index}].id`, 'problem.backup.sameAssessmentId', { first: first + 1, second: index + 1, id });
    seen.set(id, index);
  }
  return { ok: true, assessments, migratedFrom: version < schemaVersion ? version : null };
}

/**
 * Reads a backup file's text for its shape (`openBackup`, then each assessment migrated and validated: an unknown
 * role profile, a level out of range, any field out of range; the same assessment twice). What is imported is also
 * checked against its role profile: `readBackup` in read-backup.ts. Never throws.
 */
export function parseBackup(text: string, knownProfileIds: readonly string[]): ImportResult {
  const opening = openBackup(text);
  if (!opening.ok) return opening;
  const assessments: Assessment[] = [];
  for (const [index, raw] of opening.assessments.entries()) {
    const read = readBackupAssessment(raw, index, opening.version, knownProfileIds);
    if (!read.ok) return read;
    assessments.push(read.assessment);
  }
  return finishBackup(assessments, opening.version);
}
