import { z } from 'zod/mini';
import { timestampSchema } from './calendar-date';
import { assessmentSchema, type Assessment } from './assessment';
import { bilingual, parseWithLocalizedIssues } from './localized-issues';
import type { LocalizedText } from './localized-text';

/** What an exported file says it is. */
export const backupFormat = 'cio-skills-compass-backup';
/** The schema version of the assessments in a backup; the same as the app's storage version. */
export const backupSchemaVersion = 3;
/** Files larger than this are refused before they are read. */
export const maxBackupBytes = 5 * 1024 * 1024;

export const backupEnvelopeSchema = z.strictObject({
  format: z.literal(backupFormat),
  schemaVersion: z.int().check(z.gte(2)),
  appVersion: z.string().check(z.maxLength(40)),
  exportedAt: timestampSchema,
  assessments: z.array(z.unknown()).check(z.minLength(1)),
});
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;

/** The exported file's content: a versioned envelope around the assessments. */
export function createBackup(assessments: readonly Assessment[], input: { appVersion: string; now: string }): BackupEnvelope {
  return { format: backupFormat, schemaVersion: backupSchemaVersion, appVersion: input.appVersion, exportedAt: input.now, assessments: [...assessments] };
}

export type ImportResult = { ok: true; assessments: Assessment[]; migratedFrom: number | null } | { ok: false; problem: { path: string; message: LocalizedText } };

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

function refuse(path: string, th: string, en: string): ImportResult {
  return { ok: false, problem: { path, message: bilingual(th, en) } };
}

/** Step-by-step upgrades of one exported assessment to the current schema version, keyed by the version produced. */
const assessmentMigrations: Record<number, (assessment: Record<string, unknown>) => Record<string, unknown>> = {
  3: function addPlansAndRounds(assessment) {
    return { actions: [], rounds: [], ...assessment };
  },
};

/**
 * Reads an exported file's text. Refuses, with one message in Thai and English saying what and where: a file over
 * 5 MB, text that is not JSON, keys such as __proto__ or constructor, a file that is not ours, a newer schema than
 * this app knows, an unknown role profile, or any field out of range. Files of an older schema are migrated.
 * Never throws.
 */
export function parseBackup(text: string, knownProfileIds: readonly string[]): ImportResult {
  if (new TextEncoder().encode(text).length > maxBackupBytes) return refuse('', 'ไฟล์ใหญ่เกิน 5 MB', 'The file is larger than 5 MB');
  let data: unknown;
  let unsafePath: string | null = null;
  try {
    data = JSON.parse(text, function reviver(key, value: unknown) {
      if (unsafeKeys.has(key)) unsafePath = key;
      return value;
    });
  } catch {
    return refuse('', 'ไฟล์นี้ไม่ใช่ JSON', 'The file is not JSON');
  }
  if (unsafePath !== null) return refuse(unsafePath, `ไฟล์มีคีย์ต้องห้าม "${unsafePath}"`, `The file contains the forbidden key "${unsafePath}"`);
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== backupFormat) {
    return refuse('format', 'ไฟล์นี้ไม่ใช่ไฟล์สำรองของเข็มทิศทักษะดิจิทัล CIO', 'The file is not a CIO Skills Compass backup');
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > backupSchemaVersion) {
    return refuse('schemaVersion', `ไฟล์มาจากแอปรุ่นใหม่กว่า (รุ่นข้อมูล ${version}) โปรดอัปเดตแอปก่อนนำเข้า`, `The file comes from a newer version of the app (schema ${version}): update the app first`);
  }
  const envelope = parseWithLocalizedIssues(backupEnvelopeSchema, data);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    return { ok: false, problem: { path: issue?.path ?? '', message: issue?.message ?? bilingual('ไฟล์ไม่ถูกต้อง', 'The file is not valid') } };
  }
  const assessments: Assessment[] = [];
  for (const [index, raw] of envelope.data.assessments.entries()) {
    let candidate: unknown = raw;
    for (let next = envelope.data.schemaVersion + 1; next <= backupSchemaVersion; next++) {
      const step = assessmentMigrations[next];
      if (step && typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate)) candidate = step(candidate as Record<string, unknown>);
    }
    const profileId = (candidate as { profileId?: unknown } | null)?.profileId;
    if (typeof profileId === 'string' && !knownProfileIds.includes(profileId)) {
      return refuse(`assessments[${index}].profileId`, `ไม่รู้จักชุดทักษะ "${profileId}"`, `Unknown role profile "${profileId}"`);
    }
    const parsed = parseWithLocalizedIssues(assessmentSchema, candidate);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return { ok: false, problem: { path: `assessments[${index}]${issue?.path ? `.${issue.path}` : ''}`, message: issue?.message ?? bilingual('ไม่ถูกต้อง', 'not valid') } };
    }
    assessments.push(parsed.data);
  }
  return { ok: true, assessments, migratedFrom: envelope.data.schemaVersion < backupSchemaVersion ? envelope.data.schemaVersion : null };
}
