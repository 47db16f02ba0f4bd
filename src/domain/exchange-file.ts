import type { z } from 'zod/mini';
import type { ContentProblem, ContentProblemCode } from './content-problem';
import { tooLargeMessage } from './file-size';
import { versionProblem } from './file-version';
import { parseGuardedJson } from './guarded-json';
import { bilingual, parseWithLocalizedIssues } from './localized-issues';
import './zod-locales';
import type { LocalizedText } from './localized-text';
import { isRecord } from './migrations';

/** Why a review, review request or plan hand-off file was refused: a code for tests and logs, a message for people. */
export type RefusalCode =
  | 'too-large'
  | 'not-json'
  | 'unsafe-key'
  | 'wrong-kind'
  | 'newer-version'
  | 'invalid'
  | 'other-assessment'
  | 'other-role'
  | 'duplicate'
  | ContentProblemCode;

export interface Refusal {
  code: RefusalCode;
  path: string;
  message: LocalizedText;
}

export type FileReading<T> = { ok: true; data: T } | { ok: false; refusal: Refusal };

/** Exchange files are small: anything larger is refused before it is parsed. */
export const maxExchangeFileBytes = 2 * 1024 * 1024;

/** The refusal of a file over 2 MB, with its size, before it is read. */
export function tooLargeRefusal(bytes: number): Refusal {
  return { code: 'too-large', path: '', message: tooLargeMessage(bytes, maxExchangeFileBytes) };
}

/** A refusal for what a file holds beyond its shape (content-checks.ts), or the reading as it was. */
export function refuseContent<T>(problem: ContentProblem | null, reading: FileReading<T>): FileReading<T> {
  return problem ? { ok: false, refusal: problem } : reading;
}

/** A refusal with its code, where in the file, and the message in Thai and English. */
export function refuse(code: RefusalCode, th: string, en: string, path = ''): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { code, path, message: bilingual(th, en) } };
}

/**
 * Reads the text of an exchange file of kind `format` (its `format` field) against `schema`. Refuses, with a code
 * and a Thai and English message: a file over 2 MB, text that is not JSON, a key such as __proto__, a file of
 * another kind, a schema version that is not a whole number or is newer than `currentVersion`, or any field out of
 * range. Never throws.
 */
export function readExchangeFile<T>(text: string, format: string, kindName: LocalizedText, currentVersion: number, schema: z.ZodMiniType<T>): FileReading<T> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxExchangeFileBytes) return { ok: false, refusal: tooLargeRefusal(bytes) };
  const json = parseGuardedJson(text);
  // Too deep for the parser is, for a file this small, not JSON either.
  if (!json.ok) return refuse('not-json', 'ไฟล์นี้ไม่ใช่ JSON', 'The file is not JSON');
  const { data, unsafeKey } = json;
  if (unsafeKey !== null) return refuse('unsafe-key', `ไฟล์มีคีย์ต้องห้าม "${unsafeKey}"`, `The file contains the forbidden key "${unsafeKey}"`, unsafeKey);
  if (!isRecord(data) || data.format !== format) {
    return refuse('wrong-kind', `ไฟล์นี้ไม่ใช่${kindName.th}`, `The file is not ${kindName.en}`, 'format');
  }
  const version = data.schemaVersion;
  const wrongVersion = versionProblem(version, 1);
  if (wrongVersion) return { ok: false, refusal: { code: 'invalid', path: 'schemaVersion', message: wrongVersion } };
  if (typeof version === 'number' && version > currentVersion) {
    return refuse(
      'newer-version',
      `ไฟล์มาจากแอปรุ่นใหม่กว่า (รุ่นข้อมูล ${version}) โปรดอัปเดตแอปก่อนเปิด`,
      `The file comes from a newer version of the app (schema ${version}): update the app first`,
      'schemaVersion',
    );
  }
  const parsed = parseWithLocalizedIssues(schema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, refusal: { code: 'invalid', path: issue?.path ?? '', message: issue?.message ?? bilingual('ไฟล์ไม่ถูกต้อง', 'The file is not valid') } };
  }
  return { ok: true, data: parsed.data };
}

/** Refuses a file made for another role or another assessment than `target`. */
export function checkTarget<T>(file: { assessmentId: string; profileId: string }, target: { id: string; profileId: string }, data: T): FileReading<T> {
  if (file.profileId !== target.profileId) {
    return refuse(
      'other-role',
      `ไฟล์นี้ทำขึ้นสำหรับชุดทักษะอื่น (${file.profileId}) ไม่ใช่ของการประเมินนี้ (${target.profileId})`,
      `The file was made for another role profile (${file.profileId}), not this assessment's (${target.profileId})`,
      'profileId',
    );
  }
  if (file.assessmentId !== target.id) {
    return refuse('other-assessment', 'ไฟล์นี้ทำขึ้นสำหรับการประเมินอื่น ไม่ใช่การประเมินนี้', 'The file was made for another assessment, not this one', 'assessmentId');
  }
  return { ok: true, data };
}
