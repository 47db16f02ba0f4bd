import { z } from 'zod/mini';
import type { AssessmentItem } from '../assessment/assessment-items';
import { timestampSchema } from '../calendar/calendar-date';
import { localizedTextSchema } from '../shared/localized-text';
import { keptRollupFormat, keptRollupVersion } from './organisation-kept-text';
import type { FileOutcome } from './organisation-combine';
import { recordKeysSchema, rollupRecordSchema, type RecordKeys, type RollupRecord } from './organisation-record';
import { emptyRollupState, type HeldAssessment, type HeldEntry, type HeldFile, type RollupState } from './organisation-state';

const fileNameSchema = z.string().check(z.maxLength(1000));
const idSchema = z.string().check(z.maxLength(64));
/** A file's key (decision 025): kept since then; a kept roll-up of before knew a file by its name alone, its key. */
const keySchema = z.optional(z.string().check(z.maxLength(1100)));
const sizeSchema = z.optional(z.number().check(z.nonnegative()));

/**
 * What a kept roll-up holds (decision 021): what was read (each assessment's record, the files and what became of
 * them, the copies set aside, HR's corrections) and the item keys each role's records are written in. Never a
 * figure: readiness, days left and statuses are worked out again for the day it is opened.
 */
export const heldRollupSchema = z.object({
  keys: z.record(z.string(), recordKeysSchema),
  files: z.array(
    z.union([
      z.object({
        file: fileNameSchema,
        key: keySchema,
        size: sizeSchema,
        ok: z.literal(true),
        assessments: z.array(idSchema),
        migratedFrom: z.nullable(z.number()),
      }),
      z.object({
        file: fileNameSchema,
        key: keySchema,
        size: sizeSchema,
        ok: z.literal(false),
        path: z.string().check(z.maxLength(1000)),
        reason: localizedTextSchema,
      }),
    ]),
  ),
  skipped: z.optional(z.array(fileNameSchema)),
  assessments: z.array(z.object({ file: fileNameSchema, key: keySchema, record: rollupRecordSchema })),
  duplicates: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      kept: z.object({ file: fileNameSchema, key: keySchema, updatedAt: z.string() }),
      dropped: z.object({ file: fileNameSchema, key: keySchema, updatedAt: z.string() }),
    }),
  ),
  /** The copies set aside for newer ones, held again if the newer one's file is taken out; none in a kept roll-up of before. */
  setAside: z.optional(z.array(z.object({ file: fileNameSchema, key: keySchema, record: rollupRecordSchema }))),
  /** The files chosen again (decision 025); none in a kept roll-up of before. */
  repeated: z.optional(z.array(z.object({ file: fileNameSchema, same: fileNameSchema, key: z.string().check(z.maxLength(1100)) }))),
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

/** What is kept of a file: what it is, and what became of it (a refusal's code is not kept). */
function keptFile(file: HeldFile): HeldRollup['files'][number] {
  const { file: name, key, size } = file;
  return file.ok ? { ...file } : { file: name, key, size, ok: false, path: file.path, reason: file.reason };
}

function keptAssessment({ held, file, key }: HeldEntry): HeldRollup['assessments'][number] {
  return { file, key, record: held.record };
}

/** What is kept of the roll-up: every assessment's record, written in its role's keys, and the rest as held. */
export function heldRollupOf(state: RollupState, keys: Readonly<Record<string, RecordKeys>>): HeldRollup {
  const files = [...state.files.values()].map(keptFile);
  return {
    keys: { ...keys },
    files,
    skipped: [...state.skipped],
    assessments: [...state.assessments.values()].map(keptAssessment),
    duplicates: [...state.duplicates],
    setAside: state.setAside.map(keptAssessment),
    repeated: [...state.repeated],
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
  const files = [...state.files.values()].map((file) => jsonOf(file, () => keptFile(file)));
  const assessments = [...state.assessments.values()].map((entry) => jsonOf(entry, () => keptAssessment(entry)));
  const setAside = state.setAside.map((entry) => jsonOf(entry, () => keptAssessment(entry)));
  return `{"keys":${JSON.stringify(keys)},"files":[${files.join(',')}],"skipped":${JSON.stringify(state.skipped)},"assessments":[${assessments.join(',')}],"duplicates":${JSON.stringify(duplicates)},"setAside":[${setAside.join(',')}],"repeated":${JSON.stringify(state.repeated)},"overrides":${JSON.stringify(overrides)}}`;
}

/**
 * The roll-up a kept one stands for, each assessment held again by `heldOf` (its row worked out for the day it is
 * opened) from its record and the keys it was written in.
 */
export function rollupStateOf(kept: HeldRollup, heldOf: (record: RollupRecord, file: string, keys: RecordKeys | undefined) => HeldAssessment): RollupState {
  // Kept before decision 025, a file was known by its name: its name is its key.
  const files = new Map(
    kept.files.map(({ key, size, ...file }): [string, HeldFile] => [
      key ?? file.file,
      { ...(file satisfies FileOutcome<string>), key: key ?? file.file, size },
    ]),
  );
  const heldEntry = ({ file, key, record }: HeldRollup['assessments'][number]): HeldEntry => ({
    held: heldOf(record, file, kept.keys[record.profileId]),
    file,
    key: key ?? file,
  });
  const assessments = new Map(kept.assessments.map((entry) => [entry.record.id, heldEntry(entry)]));
  const duplicates = kept.duplicates.map(({ kept: first, dropped, ...rest }) => ({
    ...rest,
    kept: { ...first, key: first.key ?? first.file },
    dropped: { ...dropped, key: dropped.key ?? dropped.file },
  }));
  return {
    ...emptyRollupState,
    files,
    skipped: kept.skipped ?? [],
    assessments,
    duplicates,
    setAside: (kept.setAside ?? []).map(heldEntry),
    repeated: kept.repeated ?? [],
    overrides: kept.overrides,
  };
}

/** The keys each role's records are written in now. */
export function keysByProfile(
  items: Readonly<Record<string, readonly AssessmentItem[]>>,
  keysOf: (items: readonly AssessmentItem[]) => RecordKeys,
): Record<string, RecordKeys> {
  return Object.fromEntries(Object.entries(items).map(([profileId, list]) => [profileId, keysOf(list)]));
}
