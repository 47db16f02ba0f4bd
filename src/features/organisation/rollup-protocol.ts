import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import type { FileOutcome } from '../../domain/organisation/organisation-combine';
import type { PersonSummary } from '../../domain/organisation/organisation-people';
import type { MatchOverrides } from '../../domain/organisation/organisation-persons';
import type { Rollup } from '../../domain/organisation/organisation-rollup';
import type { HeldAssessment } from '../../domain/organisation/organisation-state';
import type { Language } from '../../domain/shared/localized-text';
import type { Level } from '../../domain/profile/rating-scale';
import type { HeldText } from './held-text';

/** What every worker needs to turn a file into what the roll-up holds. */
export interface RollupSetup {
  items: Record<string, AssessmentItem[]>;
  /** Each profile's abbreviation, by profile id: how a refusal names the profile. */
  names: Record<string, string>;
  defaultTarget: Level;
  /** The day the figures are worked out for: the store's today. */
  today: string;
  /** The time the load began: a review dated later than a day after it is refused. */
  now: string;
}

/**
 * A change to the roll-up the combiner holds that needs no file read: HR's corrections of who is whom, files or
 * people (their assessments, by id) taken out, or nothing but another day (every request carries the day, and the
 * figures are worked out for it).
 */
export type RollupChange =
  | { type: 'overrides'; overrides: MatchOverrides }
  | { type: 'remove-files'; files: string[] }
  | { type: 'remove-assessments'; ids: string[] }
  | { type: 'day' };

/**
 * What the page tells the roll-up workers. Several workers read the files (each a share of the batches); one of them,
 * the combiner, also receives the others' rows over their ports, holds the roll-up (what was read, never a figure),
 * combines it and answers the page. Every request but the warm-up names its job, and the answers name it back.
 * - warm-up: get ready (compile the parsing) while the user chooses; the combiner gets a port from each other reader,
 *   a reader the port to the combiner;
 * - begin: how many files are coming (the combiner counts them), for which day, whether they replace what is held,
 *   and the hidden system files chosen with them (not read, only counted);
 * - file: one file, the `index`th of a numbered batch of `size` (the worker parses the batch once all of it is in):
 *   its bytes as the page read them (transferred), or that it is too large or unreadable; a .zip file itself, which
 *   the worker reads. The page reads the files rather than hand them over: handing a File to a worker asks the browser
 *   for its size and date, a synchronous wait for each file (about half a millisecond, and up to 40 ms on a busy
 *   machine; traced), which held the page busy for as long as a load of 1,000 files took;
 * - cancel: drop the job's files still to be read and what was read of them; what is held stays as it was;
 * - change: change what is held and answer with the roll-up;
 * - seed: hold the kept roll-up `text` (as stored) instead, its figures worked out for the setup's day.
 */
export type RollupRequest =
  | { type: 'warm-up'; setup: RollupSetup; role: 'combiner' | 'reader'; ports: MessagePort[] }
  | { type: 'begin'; job: number; total: number; replace: boolean; skipped: string[]; language: Language; setup: RollupSetup }
  | { type: 'file'; job: number; batch: number; index: number; size: number; name: string; content: FileContent }
  | { type: 'cancel'; job: number }
  | { type: 'change'; job: number; change: RollupChange; language: Language; setup: RollupSetup }
  | { type: 'seed'; job: number; text: string; language: Language; setup: RollupSetup };

/**
 * A file as the page hands it to a worker: its bytes as read (at most the backup's limit), its size when larger, or
 * that the browser could not read it; a .zip file as it is (the worker reads the backup inside it).
 */
export type FileContent =
  { kind: 'bytes'; bytes: Uint8Array<ArrayBuffer> } | { kind: 'too-large'; size: number } | { kind: 'unreadable' } | { kind: 'file'; file: Blob };

/** What a reader sends the combiner: what it read of one batch of files, in the files' order. */
export interface ReaderBatch {
  job: number;
  batch: number;
  outcomes: FileOutcome<HeldAssessment>[];
}

/** A person as the page receives them: without the per-item lists, with their name's rank in `sortedIn`'s order. */
export type PersonView = PersonSummary & { nameRank: number };

/**
 * The roll-up as the page receives it: people without their per-item list (that travels as one flat matrix,
 * transferred rather than copied, people × itemKeys, NaN where a person's profile lacks the item).
 */
export interface RollupView extends Omit<Rollup, 'people'> {
  people: PersonView[];
  itemKeys: string[];
  itemGaps: Float32Array;
  /** The same people × items: the target of each gap, NaN where the person is not short (the training needs read it). */
  itemTargets: Float32Array;
  /** The same people × items: 1 where the person has not rated the item (its gap is 0, as for one met). */
  itemUnrated: Uint8Array;
  /** HR's corrections of who is whom, as the combiner holds them. */
  overrides: MatchOverrides;
  /** The day the figures were worked out for. */
  today: string;
  /** The language whose collation sorted the people in the default order. */
  sortedIn: Language;
  /**
   * Where the time went, in ms: from begin to the last batch's rows at the combiner (reading and parsing, shared by
   * the readers), the combiner's own parsing, and combining (`steps`: each step's ms, and how many people were
   * sent); and how many readers shared the files.
   */
  timings: { read: number; parse: number; combine: number; readers: number; steps?: Record<string, number> };
}

/**
 * What the combiner tells the page about a job: progress; then the people it has not sent the page as they are now
 * (new, changed, or all of them the first time), a thousand at a time (each message is unpacked on the page in a task
 * of its own, and 10,000 people at once took the page over 100 ms); then the rest of the roll-up, its people as the
 * ids of all of them in the default order (`order`); then what it holds, as the text of a `HeldRollup` (what "Keep"
 * stores, and what a new combiner is given should this one fail), in bytes (`HeldText`). A kept roll-up that does not
 * read back is `unreadable`. The page keeps every person it is sent, whatever the job, so that it always has what the combiner
 * thinks it has.
 */
export type RollupMessage =
  | { type: 'progress'; job: number; read: number; total: number }
  | { type: 'people'; job: number; people: PersonView[] }
  | { type: 'done'; job: number; rollup: RollupView; order: string[] }
  | { type: 'held'; job: number; held: HeldText }
  | { type: 'unreadable'; job: number };
