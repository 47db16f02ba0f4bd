import type { DuplicateAssessment, KeyedOutcome } from './organisation-combine';
import type { PersonRow } from './organisation-people';
import { noOverrides, type MatchOverrides } from './organisation-persons';
import type { RollupRecord } from './organisation-record';

/** One assessment the roll-up holds: what is kept of it (what was read), and its row for the day being shown. */
export interface HeldAssessment {
  record: RollupRecord;
  row: PersonRow;
}

/** What a file left in the roll-up: its name and key, the ids of the assessments it held, or why it was refused. */
export type HeldFile = KeyedOutcome<string>;

/** A file chosen that is the same file (the same content) as one already read, under its own name or another. */
export interface RepeatedFile {
  file: string;
  /** The name of the file already read, and its key. */
  same: string;
  key: string;
}

/** Which file an assessment's copy was taken from: its name (as shown) and its key. */
export interface HeldEntry {
  held: HeldAssessment;
  file: string;
  key: string;
}

/**
 * Everything the roll-up holds (decision 021): every file read, by key (what it is, decision 025), in the order first
 * read; one copy of each assessment (the most recently updated), by id, with the file it came from; the copies set
 * aside; the files chosen again; and HR's corrections of who is whom. Figures are never held: they are worked out from
 * this for the day shown.
 */
export interface RollupState {
  files: ReadonlyMap<string, HeldFile>;
  /** Hidden system files chosen with the rest (.DS_Store, Thumbs.db, ~$…): not read, only counted. */
  skipped: readonly string[];
  assessments: ReadonlyMap<string, HeldEntry>;
  duplicates: readonly DuplicateAssessment[];
  /**
   * The copies set aside for a more recently updated one, each with its file: one of them is held again when the file
   * of the copy held is taken out (HR trial: taking out a newer copy's file lost the person).
   */
  setAside: readonly HeldEntry[];
  repeated: readonly RepeatedFile[];
  overrides: MatchOverrides;
}

export const emptyRollupState: RollupState = {
  files: new Map(),
  skipped: [],
  assessments: new Map(),
  duplicates: [],
  setAside: [],
  repeated: [],
  overrides: noOverrides,
};

/** One side of a duplicate: the copy's file, its key and when the copy was last updated. */
function side({ file, key, held }: HeldEntry): DuplicateAssessment['kept'] {
  return { file, key, updatedAt: held.record.updatedAt };
}

/** The key of a duplicate's file: its own, or (kept before decision 025) its name. */
export function duplicateKey(side: DuplicateAssessment['kept']): string {
  return side.key ?? side.file;
}

/**
 * The roll-up with the files of `keys` taken out: each file, the assessments taken from it, the duplicates that name
 * it and the files that were the same as it. An assessment whose newer copy came from another file stays; one whose
 * copy held came from a file taken out is held again from the most recently updated copy set aside in a file that
 * stays (at equal times, the one read first), so that taking out a newer copy falls back on the older.
 */
export function removeFiles(state: RollupState, keys: Iterable<string>): RollupState {
  const gone = new Set(keys);
  if (![...gone].some((key) => state.files.has(key))) return state;
  const files = new Map(state.files);
  const assessments = new Map(state.assessments);
  let setAside = state.setAside.filter((entry) => !gone.has(entry.key));
  for (const key of gone) {
    const file = files.get(key);
    if (!file) continue;
    files.delete(key);
    if (file.ok) for (const id of file.assessments) if (assessments.get(id)?.key === key) assessments.delete(id);
  }
  // Held again: the first of the newest copies left for each assessment no longer held (the list is in the order read).
  const restored = new Map<string, HeldEntry>();
  for (const entry of setAside) {
    const id = entry.held.record.id;
    if (assessments.has(id)) continue;
    const best = restored.get(id);
    if (!best || entry.held.record.updatedAt > best.held.record.updatedAt) restored.set(id, entry);
  }
  for (const [id, entry] of restored) assessments.set(id, entry);
  if (restored.size > 0) setAside = setAside.filter((entry) => restored.get(entry.held.record.id) !== entry);
  const duplicates = state.duplicates.filter(
    (duplicate) => !gone.has(duplicateKey(duplicate.kept)) && !gone.has(duplicateKey(duplicate.dropped)) && assessments.has(duplicate.id),
  );
  // A copy held again is now the one kept over the copies still set aside.
  for (const entry of setAside) {
    const kept = restored.get(entry.held.record.id);
    if (kept) duplicates.push({ id: entry.held.record.id, name: kept.held.record.name, kept: side(kept), dropped: side(entry) });
  }
  return { ...state, files, assessments, duplicates, setAside, repeated: state.repeated.filter((entry) => !gone.has(entry.key)) };
}

/**
 * The roll-up with the files read added (and the hidden system files `skipped` among them counted, once a name). A
 * file is known by its key, never its name (decision 025): another file of a name already read is added beside it;
 * the same file chosen again changes nothing and is listed as repeated. An assessment already held is replaced by a
 * more recently updated copy (at equal times the copy read first stays), and the copy set aside is listed as a
 * duplicate.
 */
export function addFiles(state: RollupState, outcomes: readonly KeyedOutcome<HeldAssessment>[], skipped: readonly string[] = []): RollupState {
  const files = new Map(state.files);
  const assessments = new Map(state.assessments);
  const duplicates = [...state.duplicates];
  const setAside = [...state.setAside];
  const repeated = [...state.repeated];
  for (const outcome of outcomes) {
    const same = files.get(outcome.key);
    if (same) {
      repeated.push({ file: outcome.file, same: same.file, key: outcome.key });
      continue;
    }
    if (!outcome.ok) {
      files.set(outcome.key, outcome);
      continue;
    }
    files.set(outcome.key, { ...outcome, assessments: outcome.assessments.map(({ record }) => record.id) });
    for (const held of outcome.assessments) {
      const { id, updatedAt } = held.record;
      const existing = assessments.get(id);
      const read = { held, file: outcome.file, key: outcome.key };
      if (!existing) {
        assessments.set(id, read);
        continue;
      }
      const newer = updatedAt > existing.held.record.updatedAt;
      const [kept, dropped] = newer ? [read, existing] : [existing, read];
      if (newer) assessments.set(id, kept);
      setAside.push(dropped);
      duplicates.push({
        id,
        name: kept.held.record.name,
        kept: side(kept),
        dropped: side(dropped),
      });
    }
  }
  const named = new Set(skipped);
  return { ...state, files, skipped: [...state.skipped.filter((name) => !named.has(name)), ...skipped], assessments, duplicates, setAside, repeated };
}

/** What an addition of files came to: the files added (refused ones too), of them refused, and those chosen again. */
export interface FilesAdded {
  files: number;
  refused: number;
  repeated: number;
}

/** What `addFiles` made of `before` in `after`: said to the user without moving them (HR trial point 3). */
export function filesAdded(before: RollupState, after: RollupState): FilesAdded {
  let refused = 0;
  for (const [key, file] of after.files) if (!file.ok && !before.files.has(key)) refused += 1;
  return { files: after.files.size - before.files.size, refused, repeated: after.repeated.length - before.repeated.length };
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
  const repeated = state.repeated.filter((entry) => files.has(entry.key));
  const overrides: MatchOverrides = {
    separate: state.overrides.separate.filter((id) => !gone.has(id)),
    joined: state.overrides.joined.filter((pair) => !pair.some((id) => gone.has(id))),
  };
  return {
    files,
    skipped: state.skipped,
    assessments,
    duplicates: state.duplicates.filter((duplicate) => !gone.has(duplicate.id)),
    setAside: state.setAside.filter((entry) => !gone.has(entry.held.record.id)),
    repeated,
    overrides,
  };
}

/** Every assessment's row worked out again (for another day), from what was read of it. */
export function recomputeRows(state: RollupState, rowOf: (record: RollupRecord, file: string) => PersonRow): RollupState {
  const again = ({ held, file, key }: HeldEntry): HeldEntry => ({ held: { record: held.record, row: rowOf(held.record, file) }, file, key });
  const assessments = new Map([...state.assessments].map(([id, entry]) => [id, again(entry)]));
  return { ...state, assessments, setAside: state.setAside.map(again) };
}
