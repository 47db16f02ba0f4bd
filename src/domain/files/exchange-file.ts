import type { z } from 'zod/mini';
import type { ContentProblemCode } from './content-problem';
import { tooLargeMessage } from './file-size';
import { versionProblem } from './file-version';
import { parseGuardedJson } from './guarded-json';
import { parseWithLocalizedIssues } from '../shared/localized-issues';
import '../shared/zod-locales';
import { isRecord } from '../assessment/migrations';
import { otherKindMessage } from './file-formats';
import { says, type ProblemMessage, type ProblemMessageKey } from '../shared/problem-message';

/** Why a review, review request or plan hand-off file was refused: a code for tests and logs, a message for people (i18n/problem-messages.ts). */
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
  | 'no-level-left'
  | ContentProblemCode;

export interface Refusal {
  code: RefusalCode;
  path: string;
  message: ProblemMessage;
}

export type FileReading<T> = { ok: true; data: T } | { ok: false; refusal: Refusal };

/** Exchange files are small: anything larger is refused before it is parsed. */
export const maxExchangeFileBytes = 2 * 1024 * 1024;

/** The refusal of a file over 2 MB, with its size, before it is read. */
export function tooLargeRefusal(bytes: number): Refusal {
  return { code: 'too-large', path: '', message: tooLargeMessage(bytes, maxExchangeFileBytes) };
}

/** A refusal with its code, where in the file, and what it says. */
export function refuse(code: RefusalCode, key: ProblemMessageKey, params?: Record<string, string | number>, path = ''): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { code, path, message: says(key, params) } };
}

/** A kind of exchange file: its `format` field, the message when a file is not of it, its current schema version and its schema. */
export interface ExchangeKind<T> {
  format: string;
  notOfKind: ProblemMessageKey;
  version: number;
  schema: z.ZodMiniType<T>;
}

/** What a file must be past its shape: made for this assessment (when it is for one), and what it holds. */
export interface ExchangeChecks<T> {
  /** The assessment the file must be made for, and whom the file says it is for. */
  target?: { assessment: { id: string; profileId: string }; of: (data: T) => { assessmentId: string; profileId: string } };
  /** Why what the file holds is refused (content-checks.ts), or null. */
  content: (data: T) => Refusal | null;
}

/**
 * The one flow for reading an exchange file (a review request, a review, a plan hand-off): its shape as `kind` says,
 * then that it is made for `checks.target`'s assessment and role, then what it holds. The first refusal is the
 * answer. Never throws.
 */
export function readExchangeFile<T>(text: string, kind: ExchangeKind<T>, checks: ExchangeChecks<T>): FileReading<T> {
  const reading = readShape(text, kind);
  if (!reading.ok) return reading;
  const wrongTarget = checks.target ? targetProblem(checks.target.of(reading.data), checks.target.assessment) : null;
  const refusal = wrongTarget ?? checks.content(reading.data);
  return refusal ? { ok: false, refusal } : reading;
}

/**
 * Reads the text of an exchange file of `kind` (its `format` field) against its schema. Refuses, with a code and a
 * Thai and English message: a file over 2 MB, text that is not JSON, a key such as __proto__, a file of another
 * kind, a schema version that is not a whole number or is newer than the kind's, or any field out of range.
 */
function readShape<T>(text: string, kind: ExchangeKind<T>): FileReading<T> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxExchangeFileBytes) return { ok: false, refusal: tooLargeRefusal(bytes) };
  const json = parseGuardedJson(text);
  // Too deep for the parser is, for a file this small, not JSON either.
  if (!json.ok) return refuse('not-json', 'problem.exchange.notJson');
  const { data, unsafeKey } = json;
  if (unsafeKey !== null) return refuse('unsafe-key', 'problem.forbiddenKey', { key: unsafeKey }, unsafeKey);
  // Another kind of this app's files says what it is and where to use it; anything else, what this button takes.
  if (!isRecord(data) || data.format !== kind.format)
    return refuse('wrong-kind', (isRecord(data) && otherKindMessage(data.format, data)) || kind.notOfKind, undefined, 'format');
  const version = data.schemaVersion;
  const wrongVersion = versionProblem(version, 1);
  if (wrongVersion) return { ok: false, refusal: { code: 'invalid', path: 'schemaVersion', message: wrongVersion } };
  if (typeof version === 'number' && version > kind.version) {
    return refuse('newer-version', 'problem.exchange.newerVersion', { version }, 'schemaVersion');
  }
  const parsed = parseWithLocalizedIssues(kind.schema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, refusal: { code: 'invalid', path: issue?.path ?? '', message: issue ? { issue: issue.message } : says('problem.invalid') } };
  }
  return { ok: true, data: parsed.data };
}

/** Why a file made for another role or another assessment than `target` is refused, or null. */
function targetProblem(file: { assessmentId: string; profileId: string }, target: { id: string; profileId: string }): Refusal | null {
  if (file.profileId !== target.profileId) {
    return refuse('other-role', 'problem.exchange.otherRole', { file: file.profileId, ours: target.profileId }, 'profileId').refusal;
  }
  if (file.assessmentId !== target.id) return refuse('other-assessment', 'problem.exchange.otherAssessment', undefined, 'assessmentId').refusal;
  return null;
}
