import type { Assessment } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import type { DuplicateAssessment, FileOutcome } from './organisation-combine';
import type { ItemShortfall } from './organisation-aggregate';
import { personRow, type Person } from './organisation-people';
import { RollupIndex } from './organisation-people-index';
import { evidenceCount, fromRecord, recordKeysOf, toRecord, type RecordKeys, type RollupRecord } from './organisation-record';
import { addFiles, emptyRollupState, type HeldAssessment, type HeldFile, type RepeatedFile, type RollupState } from './organisation-state';
import type { Level } from '../profile/rating-scale';

/**
 * The organisation's roll-up: one entry per person (their latest assessment, and the earlier ones), the item ranking
 * over those people, and what happened to every file.
 */
export interface Rollup {
  people: Person[];
  ranking: ItemShortfall[];
  /** Files read, refused ones included, and each of them in the order first read; assessments held (a person may have several). */
  files: number;
  fileList: RollupFile[];
  assessments: number;
  duplicates: DuplicateAssessment[];
  /** The files refused, by file name, each with its size when known (files of one name told apart, decision 025). */
  refused: (Extract<FileOutcome, { ok: false }> & { size?: number })[];
  /** Hidden system files skipped (not read), by file name. */
  skipped: string[];
  migrated: { file: string; from: number }[];
  /** Files chosen that were the same file as one already read (decision 025): not counted twice. */
  repeated: RepeatedFile[];
  /** The newest assessment date among the people ("ข้อมูล ณ"), null when there are none. */
  dataAsOf: string | null;
  /** Pairs of people (by id) whom the rule kept apart although their names are the same: perhaps one person. */
  possible: [string, string][];
}

/**
 * A file as the roll-up lists it: two files of the same name are told apart by their size and the people read
 * from them (the first three names, and how many assessments).
 */
export interface RollupFile {
  key: string;
  name: string;
  ok: boolean;
  size: number | null;
  names: string[];
  assessments: number;
}

type ItemsByProfile = Readonly<Record<string, readonly AssessmentItem[]>>;

/** What turning an assessment into its row needs: each profile's items, the default target and the day shown. */
export interface RowInput {
  items: ItemsByProfile;
  defaultTarget: Level;
  today: string;
}

const keysCache = new WeakMap<readonly AssessmentItem[], RecordKeys>();
/** The keys a role's records are written in, worked out once for each list of items. */
export function keysOf(items: readonly AssessmentItem[]): RecordKeys {
  const known = keysCache.get(items);
  if (known) return known;
  const keys = recordKeysOf(items);
  keysCache.set(items, keys);
  return keys;
}

/**
 * One assessment read from `file`, as the roll-up holds it: what is kept of it and its row for the day. `evidence`
 * is how many evidence files it names (one held again from its record: the record's count).
 */
export function heldAssessment(assessment: Assessment, file: string, input: RowInput, evidence = evidenceCount(assessment)): HeldAssessment {
  const items = input.items[assessment.profileId] ?? [];
  return {
    record: toRecord(assessment, file, keysOf(items), evidence),
    row: { ...personRow(assessment, items, { source: file, defaultTarget: input.defaultTarget, today: input.today }), evidence },
  };
}

/**
 * An assessment held again from what was kept of it (written in `keys`, its role's keys when it was kept): its
 * record written in the role's keys of today, and its row for the day.
 */
export function heldAgain(record: RollupRecord, file: string, input: RowInput, keys?: RecordKeys): HeldAssessment {
  const items = input.items[record.profileId] ?? [];
  return heldAssessment(fromRecord(record, keys ?? keysOf(items)), file, input, record.evidence ?? 0);
}

/**
 * One file's assessments as the roll-up holds them (each through the gap screen's analysis). Done file by file, so
 * that several workers can share the work before the roll-up is combined.
 */
export function personRowsOf(outcome: FileOutcome, input: RowInput): FileOutcome<HeldAssessment> {
  if (!outcome.ok) return outcome;
  return { ...outcome, assessments: outcome.assessments.map((assessment) => heldAssessment(assessment, outcome.file, input)) };
}

/** File names in order, numbers by their value ("file-9" before "file-10"). */
const byFileName = new Intl.Collator('en', { numeric: true });

/** The people (each assessment matched to its person by the rule and HR's corrections), their ranking, and the files. */
export function rollUpState(state: RollupState, items: ItemsByProfile, index = new RollupIndex()): Rollup {
  // The people and their ranking, from `index`: kept from the last roll-up, it matches only the files added since.
  const { people } = index.sync(state);
  const files = [...state.files.values()];
  let dataAsOf: string | null = null;
  for (const person of people) if (dataAsOf === null || person.assessedOn > dataAsOf) dataAsOf = person.assessedOn;
  return {
    people,
    ranking: index.ranking(items),
    files: files.length,
    fileList: files.map((file) => rollupFile(file, state)),
    assessments: state.assessments.size,
    duplicates: [...state.duplicates],
    refused: files.flatMap((file) => (file.ok ? [] : [file])).sort((a, b) => byFileName.compare(a.file, b.file)),
    skipped: [...state.skipped].sort(byFileName.compare),
    migrated: files.flatMap((file) => (file.ok && file.migratedFrom !== null ? [{ file: file.file, from: file.migratedFrom }] : [])),
    repeated: [...state.repeated],
    dataAsOf,
    possible: index.possible(),
  };
}

/** A file as listed: its name, size and the first names read from it. */
function rollupFile(file: HeldFile, state: RollupState): RollupFile {
  const ids = file.ok ? file.assessments : [];
  const names: string[] = [];
  for (const id of ids) {
    const name = state.assessments.get(id)?.held.record.name;
    if (names.length === 3) break;
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return { key: file.key, name: file.file, ok: file.ok, size: file.size ?? null, names, assessments: ids.length };
}

/** Combines the files read into the roll-up (assessments whose profile is unknown are refused earlier, by import). */
export function rollUp(outcomes: readonly FileOutcome[], input: RowInput): Rollup {
  // Each outcome is a file of its own, whatever its name: keyed by its place.
  return rollUpState(
    addFiles(
      emptyRollupState,
      outcomes.map((outcome, index) => ({ ...personRowsOf(outcome, input), key: `${index}:${outcome.file}` })),
    ),
    input.items,
  );
}
