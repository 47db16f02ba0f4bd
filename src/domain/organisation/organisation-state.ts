import type { DuplicateAssessment, FileOutcome } from './organisation-combine';
import type { PersonRow } from './organisation-people';
import { noOverrides, type MatchOverrides } from './organisation-persons';
import type { RollupRecord } from './organisation-record';

/** One assessment the roll-up holds: what is kept of it (what was read), and its row for the day being shown. */
export interface HeldAssessment {
  record: RollupRecord;
  row: PersonRow;
}

/** What a file left in the roll-up: the ids of the assessments it held, or why it was refused. */
export type HeldFile = FileOutcome<string>;

/**
 * Everything the roll-up holds (decision 021): every file read, by name, in the order first read; one copy of each
 * assessment (the most recently updated), by id, with the file it came from; the copies set aside; and HR's
 * corrections of who is whom. Figures are never held: they are worked out from this for the day shown.
 */
export interface RollupState {
  files: ReadonlyMap<string, HeldFile>;
  /** Hidden system files chosen with the rest (.DS_Store, Thumbs.db, ~$…): not read, only counted. */
  skipped: readonly string[];
  assessments: ReadonlyMap<string, { held: HeldAssessment; file: string }>;
  duplicates: readonly DuplicateAssessment[];
  overrides: MatchOverrides;
}

export const emptyRollupState: RollupState = { files: new Map(), skipped: [], assessments: new Map(), duplicates: [], overrides: noOverrides };

/**
 * The roll-up with `names` taken out: each file, the assessments taken from it, and the duplicates that name it. An
 * assessment whose newer copy came from another file stays.
 */
export function removeFiles(state: RollupState, names: Iterable<string>): RollupState {
  const gone = new Set(names);
  if (![...gone].some((name) => state.files.has(name) || state.skipped.includes(name))) return state;
  const files = new Map(state.files);
  const assessments = new Map(state.assessments);
  for (const name of gone) {
    const file = files.get(name);
    if (!file) continue;
    files.delete(name);
    if (file.ok) for (const id of file.assessments) if (assessments.get(id)?.file === name) assessments.delete(id);
  }
  const duplicates = state.duplicates.filter(
    (duplicate) => !gone.has(duplicate.kept.file) && !gone.has(duplicate.dropped.file) && assessments.has(duplicate.id),
  );
  return { ...state, files, skipped: state.skipped.filter((name) => !gone.has(name)), assessments, duplicates };
}

/**
 * The roll-up with the files read added (and the hidden system files `skipped` among them counted): a file of a name
 * already read replaces it; an assessment already held is replaced by a more recently updated copy (at equal times
 * the copy read first stays), and the copy set aside is listed as a duplicate.
 */
export function addFiles(state: RollupState, outcomes: readonly FileOutcome<HeldAssessment>[], skipped: readonly string[] = []): RollupState {
  const replaced = removeFiles(state, [...outcomes.map((outcome) => outcome.file), ...skipped]);
  const files = new Map(replaced.files);
  const assessments = new Map(replaced.assessments);
  const duplicates = [...replaced.duplicates];
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      files.set(outcome.file, outcome);
      continue;
    }
    files.set(outcome.file, { ...outcome, assessments: outcome.assessments.map(({ record }) => record.id) });
    for (const held of outcome.assessments) {
      const { id, updatedAt } = held.record;
      const existing = assessments.get(id);
      const read = { held, file: outcome.file };
      if (!existing) {
        assessments.set(id, read);
        continue;
      }
      const newer = updatedAt > existing.held.record.updatedAt;
      const [kept, dropped] = newer ? [read, existing] : [existing, read];
      if (newer) assessments.set(id, kept);
      duplicates.push({
        id,
        name: kept.held.record.name,
        kept: { file: kept.file, updatedAt: kept.held.record.updatedAt },
        dropped: { file: dropped.file, updatedAt: dropped.held.record.updatedAt },
      });
    }
  }
  return { ...replaced, files, skipped: [...replaced.skipped, ...skipped], assessments, duplicates };
}

/**
 * The roll-up without some assessments (a person taken out): their duplicates go, and so does a file left holding
 * none of the assessments held. HR's corrections that name them go too.
 */
export function removeAssessments(state: RollupState, ids: Iterable<string>): RollupState {
  const gone = new Set(ids);
  const assessments = new Map(state.assessments);
  for (const id of gone) assessments.delete(id);
  const files = new Map([...state.files].filter(([, file]) => !file.ok || file.assessments.some((id) => assessments.has(id))));
  const overrides: MatchOverrides = {
    separate: state.overrides.separate.filter((id) => !gone.has(id)),
    joined: state.overrides.joined.filter((pair) => !pair.some((id) => gone.has(id))),
  };
  return { files, skipped: state.skipped, assessments, duplicates: state.duplicates.filter((duplicate) => !gone.has(duplicate.id)), overrides };
}

/** Every assessment's row worked out again (for another day), from what was read of it. */
export function recomputeRows(state: RollupState, rowOf: (record: RollupRecord, file: string) => PersonRow): RollupState {
  const assessments = new Map(
    [...state.assessments].map(([id, { held, file }]) => [id, { held: { record: held.record, row: rowOf(held.record, file) }, file }]),
  );
  return { ...state, assessments };
}
