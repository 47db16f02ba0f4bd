import type { AssessmentItem } from '../../domain/assessment-items';
import type { ItemShortfall } from '../../domain/organisation-aggregate';
import type { Combined, FileOutcome } from '../../domain/organisation-combine';
import type { PersonRow, PersonSummary } from '../../domain/organisation-people';
import type { Language } from '../../domain/localized-text';
import type { Level } from '../../domain/rating-scale';

/** What every worker needs to turn a file into people's rows. */
export interface RollupSetup {
  items: Record<string, AssessmentItem[]>;
  /** Each profile's abbreviation, by profile id: how a refusal names the profile. */
  names: Record<string, string>;
  defaultTarget: Level;
  today: string;
  /** The time the roll-up began: a review dated later than a day after it is refused. */
  now: string;
}

/**
 * What the page tells the roll-up workers. Several workers read the files (each a share of the batches); one of them,
 * the combiner, also receives the others' rows over their ports, combines everything and answers the page.
 * - warm-up: get ready (compile the parsing) while the user chooses; the combiner gets a port from each other reader,
 *   a reader the port to the combiner;
 * - begin: how many files are coming (the combiner counts them) and today's date;
 * - files: one numbered batch of files (the worker reads them: reading a file's bytes costs the page about half a
 *   millisecond each, handing the File over much less).
 */
export type RollupRequest =
  | { type: 'warm-up'; setup: RollupSetup; role: 'combiner' | 'reader'; ports: MessagePort[] }
  | { type: 'begin'; total: number; language: Language; setup: RollupSetup }
  | { type: 'files'; batch: number; files: { name: string; file: Blob }[] };

/** What a reader sends the combiner: the rows of one batch of files, in the files' order. */
export interface ReaderBatch {
  batch: number;
  outcomes: FileOutcome<PersonRow>[];
}

/**
 * The roll-up as the page receives it: people without their per-item list (that travels as one flat matrix,
 * transferred rather than copied, people × itemKeys, NaN where a person's profile lacks the item).
 */
export interface RollupView extends Omit<Combined<PersonRow>, 'entries'> {
  people: PersonSummary[];
  ranking: ItemShortfall[];
  itemKeys: string[];
  itemGaps: Float32Array;
  files: number;
  /** The language whose collation sorted the people in the default order. */
  sortedIn: Language;
  /**
   * Where the time went, in ms: from begin to the last batch's rows at the combiner (reading and parsing, shared by
   * the readers), the combiner's own parsing, and combining; and how many readers shared the files.
   */
  timings: { read: number; parse: number; combine: number; readers: number };
}

/**
 * What the combiner tells the page: progress; then the people a thousand at a time (each message is unpacked on the
 * page in a task of its own, and 10,000 people at once took the page over 100 ms), then the rest of the roll-up.
 */
export type RollupMessage = { type: 'progress'; read: number; total: number } | { type: 'people'; people: PersonSummary[] } | { type: 'done'; rollup: RollupView };
