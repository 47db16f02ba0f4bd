import { z } from 'zod/mini';
import type { AssessmentItem } from '../assessment/assessment-items';
import { timestampSchema } from '../calendar/calendar-date';
import { localizedTextSchema } from '../shared/localized-text';
import { keptRollupFormat, keptRollupVersion } from './organisation-kept-text';
import type { FileOutcome } from './organisation-combine';
import { recordKeysSchema, rollupRecordSchema, type RecordKeys, type RollupRecord } from './organisation-record';
import { emptyRollupState, type HeldAssessment, type HeldFile, type RollupState } from './organisation-state';

const fileNameSchema = z.string().check(z.maxLength(1000));
const idSchema = z.string().check(z.maxLength(64));

/**
 * What a kept roll-up holds (decision 021): what was read (each assessment's record, the files and what became of
 * them, the copies set aside, HR's corrections) and the item keys each role's records are written in. Never a
 * figure: readiness, days left and statuses are worked out again for the day it is opened.
 */
export const heldRollupSchema = z.object({
  keys: z.record(z.string(), recordKeysSchema),
  files: z.array(
    z.union([
      z.object({ file: fileNameSchema, ok: z.literal(true), assessments: z.array(idSchema), migratedFrom: z.nullable(z.number()) }),
      z.object({ file: fileNameSchema, ok: z.literal(false), path: z.string().check(z.maxLength(1000)), reason: localizedTextSchema }),
    ]),
  ),
  skipped: z.optional(z.array(fileNameSchema)),
  assessments: z.array(z.object({ file: fileNameSchema, record: rollupRecordSchema })),
  duplicates: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      kept: z.object({ file: fileNameSchema, updatedAt: z.string() }),
      dropped: z.object({ file: fileNameSchema, updatedAt: z.string() }),
    }),
  ),
  overrides: z.object({ separate: z.array(idSchema), joined: z.array(z.tuple([idSchema, idSchema])) }),
});
export type HeldRollup = z.infer<typeof heldRollupSchema>;

/** The kept roll-up as stored: its format and version, when it was kept, and what it holds. */
export const keptRollupSchema = z.object({
  format: z.literal(keptRollupFormat),
  version: z.literal(keptRollupVersion),
  keptAt: timestampSchema,
  rollup: heldRollupSchema,
});

/** What is kept of the roll-up: every assessment's record, written in its role's keys, and the rest as held. */
export function heldRollupOf(state: RollupState, keys: Readonly<Record<string, RecordKeys>>): HeldRollup {
  const files = [...state.files.values()].map((file): HeldRollup['files'][number] =>
    file.ok ? file : { file: file.file, ok: false, path: file.path, reason: file.reason },
  );
  return {
    keys: { ...keys },
    files,
    skipped: [...state.skipped],
    assessments: [...state.assessments.values()].map(({ held, file }) => ({ file, record: held.record })),
    duplicates: [...state.duplicates],
    overrides: { separate: [...state.overrides.separate], joined: state.overrides.joined.map(([a, b]): [string, string] => [a, b]) },
  };
}

/** The JSON of each file and assessment entry, written once: the text of what is held is written after every change. */
const entryJson = new WeakMap<object, string>();
function jsonOf(entry: object, value: () => unknown): string {
  let text = entryJson.get(entry);
  if (text === undefined) entryJson.set(entry, (text = JSON.stringify(value())));
  return text;
}

/**
 * `heldRollupOf` as JSON text, each file's and assessment's JSON written once and reused while it is held: 10,000
 * assessments took the combiner 100–400 ms to write whole after every change.
 */
export function heldRollupText(state: RollupState, keys: Readonly<Record<string, RecordKeys>>): string {
  const { duplicates, overrides } = heldRollupOf({ ...state, files: new Map(), assessments: new Map() }, keys);
  const files = [...state.files.values()].map((file) =>
    jsonOf(file, () => (file.ok ? file : { file: file.file, ok: false, path: file.path, reason: file.reason })),
  );
  const assessments = [...state.assessments.values()].map((entry) => jsonOf(entry, () => ({ file: entry.file, record: entry.held.record })));
  return `{"keys":${JSON.stringify(keys)},"files":[${files.join(',')}],"skipped":${JSON.stringify(state.skipped)},"assessments":[${assessments.join(',')}],"duplicates":${JSON.stringify(duplicates)},"overrides":${JSON.stringify(overrides)}}`;
}

/**
 * The roll-up a kept one stands for, each assessment held again by `heldOf` (its row worked out for the day it is
 * opened) from its record and the keys it was written in.
 */
export function rollupStateOf(kept: HeldRollup, heldOf: (record: RollupRecord, file: string, keys: RecordKeys | undefined) => HeldAssessment): RollupState {
  const files = new Map(kept.files.map((file): [string, HeldFile] => [file.file, file satisfies FileOutcome<string>]));
  const assessments = new Map(kept.assessments.map(({ file, record }) => [record.id, { held: heldOf(record, file, kept.keys[record.profileId]), file }]));
  return { ...emptyRollupState, files, skipped: kept.skipped ?? [], assessments, duplicates: kept.duplicates, overrides: kept.overrides };
}

/** The keys each role's records are written in now. */
export function keysByProfile(
  items: Readonly<Record<string, readonly AssessmentItem[]>>,
  keysOf: (items: readonly AssessmentItem[]) => RecordKeys,
): Record<string, RecordKeys> {
  return Object.fromEntries(Object.entries(items).map(([profileId, list]) => [profileId, keysOf(list)]));
}
