import { z } from 'zod/mini';
import { assessmentSchema, type Assessment } from './assessment';
import { timestampSchema } from './calendar-date';
import { parseGuardedJson } from './guarded-json';
import { bilingual, parseWithLocalizedIssues } from './localized-issues';
import './zod-locales';
import type { LocalizedText } from './localized-text';
import { compareVersion, isRecord, migrateAssessment, migrateStoredState, schemaVersion } from './migrations';
import { levels } from './rating-scale';

/** What an exported file says it is. */
export const backupFormat = 'cio-skills-compass-backup';
/** Files larger than this are refused before they are read. */
export const maxBackupBytes = 5 * 1024 * 1024;
/** Deeper JSON than this is not a backup (ours nests about 6 levels): refused before validation. */
export const maxBackupDepth = 32;
/** A backup holds at most this many assessments. */
export const maxBackupAssessments = 1000;

export const backupEnvelopeSchema = z.strictObject({
  format: z.literal(backupFormat),
  schemaVersion: z.int().check(z.gte(2)),
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
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-ours'
  | 'newer-version'
  | 'unknown-profile'
  | 'duplicate-id'
  | 'level-out-of-range'
  | 'invalid';

export interface ImportProblem {
  code: ImportProblemCode;
  path: string;
  message: LocalizedText;
}

/** The refusal of a file too large to read (checked on the file's size, before reading it). */
export const tooLargeProblem: ImportProblem = { code: 'too-large', path: '', message: bilingual('ไฟล์ใหญ่เกิน 5 MB', 'The file is larger than 5 MB') };

export type ImportResult = { ok: true; assessments: Assessment[]; migratedFrom: number | null } | { ok: false; problem: ImportProblem };

function refuse(code: ImportProblemCode, path: string, th: string, en: string): ImportResult {
  return { ok: false, problem: { code, path, message: bilingual(th, en) } };
}

/** A PDF, an image, a Word or zip file read as text: binary signatures, NUL bytes or undecodable bytes near the start. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 1024);
  const signatures = ['%PDF-', 'PK\u0003\u0004', 'GIF8', '\uFFFDPNG', '\uFFFD\uFFFD\uFFFD'];
  return signatures.some((signature) => head.startsWith(signature)) || head.includes('\u0000') || head.includes('\uFFFD');
}

/** The depth of nested arrays and objects, counted without recursion (deep input cannot overflow the stack). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > maxBackupDepth) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** A level or target outside 0–4, said in words: "DG100: level 9; levels run from 0 to 4". */
function levelOutOfRange(assessment: unknown, index: number): ImportResult | null {
  if (!isRecord(assessment) || !isRecord(assessment.ratings)) return null;
  const [lowest, highest] = [Math.min(...levels), Math.max(...levels)];
  for (const [key, rating] of Object.entries(assessment.ratings)) {
    if (!isRecord(rating)) continue;
    for (const field of ['level', 'target'] as const) {
      const value = rating[field];
      if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= lowest && value <= highest)) continue;
      const code = key.replace(/^[a-z]+:/, '');
      const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
      return refuse(
        'level-out-of-range',
        `assessments[${index}].ratings.${key}.${field}`,
        `${code}: ${field === 'level' ? 'ระดับที่ประเมิน' : 'ระดับที่คาดหวัง'} ${shown} แต่ระดับมีตั้งแต่ ${lowest} ถึง ${highest}`,
        `${code}: ${field === 'level' ? 'level' : 'target'} ${shown}; levels run from ${lowest} to ${highest}`,
      );
    }
  }
  return null;
}

/** The assessments of a file and the version they were written in: a backup envelope, or the app's stored state ("Download my data"). */
function assessmentsOf(data: Record<string, unknown>): { version: number; assessments: unknown[] } | ImportResult {
  if (data.format === undefined && 'state' in data && 'version' in data) {
    const version = compareVersion(data.version);
    if (version === 'invalid') return refuse('not-ours', 'version', 'ไฟล์นี้ไม่ใช่ไฟล์สำรองของเข็มทิศทักษะดิจิทัล CIO', 'The file is not a CIO Skills Compass backup');
    if (version === 'newer') return newer(Number(data.version), 'version');
    const state = migrateStoredState(data.state, Number(data.version));
    const assessments = isRecord(state) && isRecord(state.assessments) ? Object.values(state.assessments) : [];
    if (assessments.length === 0) return refuse('invalid', 'state.assessments', 'ไฟล์ไม่มีแบบประเมิน', 'The file holds no assessment');
    return { version: schemaVersion, assessments };
  }
  if (data.format !== backupFormat) return refuse('not-ours', 'format', 'ไฟล์นี้ไม่ใช่ไฟล์สำรองของเข็มทิศทักษะดิจิทัล CIO', 'The file is not a CIO Skills Compass backup');
  if (compareVersion(data.schemaVersion) === 'newer') return newer(Number(data.schemaVersion), 'schemaVersion');
  const envelope = parseWithLocalizedIssues(backupEnvelopeSchema, data);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    return { ok: false, problem: { code: 'invalid', path: issue?.path ?? '', message: issue?.message ?? bilingual('ไฟล์ไม่ถูกต้อง', 'The file is not valid') } };
  }
  return { version: envelope.data.schemaVersion, assessments: envelope.data.assessments };
}

function newer(version: number, path: string): ImportResult {
  return refuse('newer-version', path, `ไฟล์มาจากแอปรุ่นใหม่กว่า (รุ่นข้อมูล ${version}) โปรดใช้แอปรุ่นใหม่เปิดไฟล์นี้`, `The file comes from a newer version of the app (data version ${version}): open it with the newer app`);
}

/**
 * Reads an exported file's text (or a "Download my data" file). Refuses, with a code and one message in Thai and
 * English saying what and where: a file over 5 MB, a file that is not text at all (a PDF or an image), text that is
 * not JSON, JSON nested too deeply, keys such as __proto__, a file that is not ours, a newer version than this app
 * knows, an unknown role profile, the same assessment twice, a level out of range, or any other field out of range.
 * Files of an older version are migrated through the one migration module. Never throws.
 */
export function parseBackup(text: string, knownProfileIds: readonly string[]): ImportResult {
  if (new TextEncoder().encode(text).length > maxBackupBytes) return { ok: false, problem: tooLargeProblem };
  if (looksBinary(text)) return refuse('not-a-backup-file', '', 'ไฟล์นี้ไม่ใช่ไฟล์สำรอง (อาจเป็น PDF รูปภาพ หรือเอกสารอื่น) โปรดเลือกไฟล์ .json ที่ส่งออกจากแอปนี้', 'This is not a backup file (it may be a PDF, an image or another document): choose a .json file exported from this app');
  const json = parseGuardedJson(text);
  if (!json.ok && json.problem === 'too-deep') return refuse('too-deep', '', 'ข้อมูลในไฟล์ซ้อนกันลึกเกินกว่าไฟล์สำรอง', 'The data in the file is nested far deeper than a backup');
  if (!json.ok) return refuse('not-json', '', 'ไฟล์นี้ไม่ใช่ JSON อาจเสียหายหรือถูกแก้ไข', 'The file is not JSON: it may be damaged or edited');
  const { data, unsafeKey } = json;
  if (depthOf(data) > maxBackupDepth) return refuse('too-deep', '', 'ข้อมูลในไฟล์ซ้อนกันลึกเกินกว่าไฟล์สำรอง', 'The data in the file is nested far deeper than a backup');
  if (unsafeKey !== null) return refuse('forbidden-key', unsafeKey, `ไฟล์มีคีย์ต้องห้าม "${unsafeKey}"`, `The file contains the forbidden key "${unsafeKey}"`);
  if (!isRecord(data)) return refuse('not-ours', 'format', 'ไฟล์นี้ไม่ใช่ไฟล์สำรองของเข็มทิศทักษะดิจิทัล CIO', 'The file is not a CIO Skills Compass backup');
  const contents = assessmentsOf(data);
  if ('ok' in contents) return contents;
  const assessments: Assessment[] = [];
  const seen = new Map<string, number>();
  for (const [index, raw] of contents.assessments.entries()) {
    const candidate = migrateAssessment(raw, contents.version);
    const profileId = isRecord(candidate) ? candidate.profileId : undefined;
    if (typeof profileId === 'string' && !knownProfileIds.includes(profileId)) {
      return refuse('unknown-profile', `assessments[${index}].profileId`, `ไม่รู้จักชุดทักษะ "${profileId}"`, `Unknown role profile "${profileId}"`);
    }
    const outOfRange = levelOutOfRange(candidate, index);
    if (outOfRange) return outOfRange;
    const parsed = parseWithLocalizedIssues(assessmentSchema, candidate);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return { ok: false, problem: { code: 'invalid', path: `assessments[${index}]${issue?.path ? `.${issue.path}` : ''}`, message: issue?.message ?? bilingual('ไม่ถูกต้อง', 'not valid') } };
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      return refuse('duplicate-id', `assessments[${index}].id`, `แบบประเมินลำดับที่ ${first + 1} และ ${index + 1} ในไฟล์มีรหัสเดียวกัน "${parsed.data.id}"`, `Assessments ${first + 1} and ${index + 1} in the file have the same id "${parsed.data.id}"`);
    }
    seen.set(parsed.data.id, index);
    assessments.push(parsed.data);
  }
  return { ok: true, assessments, migratedFrom: contents.version < schemaVersion ? contents.version : null };
}
