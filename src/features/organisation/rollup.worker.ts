/// <reference lib="webworker" />
import { createAssessment } from '../../domain/assessment/assessment';
import { createBackup } from '../../domain/files/backup';
import { itemMatrices, type ItemMatrices } from '../../domain/organisation/item-matrices';
import type { KeyedOutcome } from '../../domain/organisation/organisation-combine';
import { contentKey, fallbackKey } from '../../domain/organisation/file-key';
import { personSummary, type Person } from '../../domain/organisation/organisation-people';
import { heldRollupText, keptRollupSchema, keysByProfile, rollupStateOf } from '../../domain/organisation/organisation-kept';
import { heldAgain, keysOf, personRowsOf, rollUpState } from '../../domain/organisation/organisation-rollup';
import {
  addFiles,
  emptyRollupState,
  filesAdded,
  recomputeRows,
  removeAssessments,
  removeFiles,
  type FilesAdded,
  type HeldAssessment,
  type RollupState,
} from '../../domain/organisation/organisation-state';
import type { Language } from '../../domain/shared/localized-text';
import { defaultPeopleSort, peopleOrder, resortPeople } from '../../domain/organisation/organisation-people-view';
import { RollupIndex } from '../../domain/organisation/organisation-people-index';
import { profileKeysOf } from '../../domain/files/profile-keys';
import type { BackupContext } from '../../domain/files/read-backup';
import { roleProfileIdSchema } from '../../domain/profile/role-profile';
import { contentText, parseBackupText, readBackupText, type RollupText } from './read-backup';
import { NameRanks } from './name-ranks';
import { heldMessage } from './held-text';
import type { FileContent, PersonView, ReaderBatch, RollupChange, RollupMessage, RollupRequest, RollupSetup, RollupView } from './rollup-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

let setup: RollupSetup | null = null;
/** A reader's way to the combiner (null on the combiner itself). */
let combinerPort: MessagePort | null = null;
let readers = 1;
/** People per message to the page. */
const peopleChunk = 1000;
/** Each language's name ranks, kept from one roll-up to the next. */
const nameRanks = new Map<Language, NameRanks>();
/**
 * What the page was last sent of each person, by id: the row their figures came from, their history's ids, how they
 * were matched, and their name's rank and its language. A person sent as they are is not sent again.
 */
const sent = new Map<string, { person: Person; rank: number; language: Language }>();
/** Jobs cancelled: their files are neither read nor parsed any more, on any worker. */
const cancelled = new Set<number>();

/** On the combiner: what the roll-up holds (what was read, and its rows for `heldDay`), and the load under way. */
let held: RollupState = emptyRollupState;
let heldDay = '';
/** The people of what is held, kept from one roll-up to the next: files added are matched alone against them. */
const index = new RollupIndex();
/** The people as last published, in the table's opening order, and the language they were ordered in. */
let ordered: { people: Person[]; language: Language } | null = null;
/** The item matrices last published (a copy: the page was given theirs), and the profiles' items they were made with. */
let matrices: { made: ItemMatrices<Person>; items: string } | null = null;
let job: { id: number; total: number; replace: boolean; skipped: string[]; language: Language; started: number; reported: number } | null = null;
/** The load's batches by number (from itself and the other readers), and how many files they hold. */
const batches = new Map<number, KeyedOutcome<HeldAssessment>[]>();
let received = 0;
let parsing = 0;

/** A file chosen, as the worker knows it before reading it: its name, size and time of change. */
interface Chosen {
  name: string;
  size: number;
  lastModified: number;
}

/** The batches whose files are still coming, by job and batch: each file as chosen and its text being read, in order. */
const gathering = new Map<string, { chosen: Chosen[]; texts: Promise<RollupText | null>[]; count: number }>();

// Each file is read as soon as it arrives (reading waits on the browser, not on this thread); a batch is parsed once
// all its files are in, in the order the batches were completed, one after the other.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<RollupRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    // At once, not behind the batches queued: those of the job are then skipped.
    cancel(request.job);
    return;
  }
  if (request.type === 'file') gather(request);
  else queue = queue.then(() => handle(request));
};

/** One file of a batch: decoded (or, a .zip, read) at once; the batch queued for parsing when its last file is in. */
function gather({ job: id, batch, index, size, name, content }: Extract<RollupRequest, { type: 'file' }>): void {
  if (cancelled.has(id)) return;
  const key = `${id}:${batch}`;
  const entry = gathering.get(key) ?? { chosen: new Array<Chosen>(size), texts: new Array<Promise<RollupText | null>>(size), count: 0 };
  entry.chosen[index] = { name, ...sizeAndDateOf(content) };
  entry.texts[index] = contentText(content, name);
  entry.count += 1;
  if (entry.count < size) {
    gathering.set(key, entry);
    return;
  }
  gathering.delete(key);
  const texts = Promise.all(entry.texts);
  queue = queue.then(async () => parseBatch(id, batch, entry.chosen, await texts));
}

/**
 * A file's size in bytes and time of change, as far as known without asking the browser (a file read has no date: its
 * text is its key). A zip's are asked here, in the worker.
 */
function sizeAndDateOf(content: FileContent): { size: number; lastModified: number } {
  if (content.kind === 'bytes') return { size: content.bytes.byteLength, lastModified: 0 };
  if (content.kind === 'too-large') return content;
  if (content.kind === 'unreadable') return { size: 0, lastModified: content.lastModified };
  return { size: content.file.size, lastModified: content.file instanceof File ? content.file.lastModified : 0 };
}

function cancel(id: number): void {
  cancelled.add(id);
  for (const key of gathering.keys()) if (key.startsWith(`${id}:`)) gathering.delete(key);
  if (job?.id !== id) return;
  job = null;
  batches.clear();
  received = 0;
  parsing = 0;
}

function handle(request: Exclude<RollupRequest, { type: 'file' | 'cancel' }>): void {
  if (request.type === 'warm-up') {
    setup = request.setup;
    readers = request.ports.length + 1;
    if (request.role === 'reader') combinerPort = request.ports[0] ?? null;
    else for (const port of request.ports) port.onmessage = (event: MessageEvent<ReaderBatch>) => (queue = queue.then(() => take(event.data)));
    warmUp(request.setup, request.role === 'combiner');
    return;
  }
  setup = request.setup;
  if (combinerPort) return;
  if (request.type === 'change') {
    change(request.change);
    publish(request.job, request.language, performance.now(), { read: 0, parse: 0 });
    return;
  }
  if (request.type === 'seed') {
    seed(request);
    return;
  }
  if (cancelled.has(request.job)) return;
  job = {
    id: request.job,
    total: request.total,
    replace: request.replace,
    skipped: request.skipped,
    language: request.language,
    started: performance.now(),
    reported: 0,
  };
  // Batches of this job may have come from the other readers before it began here: they count.
  post({ type: 'progress', job: job.id, read: received, total: job.total });
  finishIfComplete();
}

/** Holds a kept roll-up instead of what is held, or tells the page it does not read back (and holds nothing). */
function seed({ job: id, text, language, setup: current }: Extract<RollupRequest, { type: 'seed' }>): void {
  const started = performance.now();
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: refused below like any other unreadable kept roll-up.
  }
  const kept = keptRollupSchema.safeParse(data);
  if (!kept.success) {
    post({ type: 'unreadable', job: id });
    return;
  }
  held = rollupStateOf(kept.data.rollup, (record, file, keys) => heldAgain(record, file, current, keys));
  heldDay = current.today;
  publish(id, language, started, { read: 0, parse: performance.now() - started });
}

function change(request: RollupChange): void {
  if (request.type === 'overrides') held = { ...held, overrides: request.overrides };
  else if (request.type === 'remove-files') held = removeFiles(held, request.keys);
  else if (request.type === 'remove-assessments') held = removeAssessments(held, request.ids);
}

/** What the files are checked against: the profiles' keys (built once a setup) and the time the load began. */
function contextOf(current: RollupSetup): BackupContext {
  const profiles = new Map(Object.entries(current.items).map(([id, items]) => [id, profileKeysOf(current.names[id] ?? id, items)]));
  return { profiles, now: current.now };
}
const contexts = new WeakMap<RollupSetup, BackupContext>();
function checkedAgainst(current: RollupSetup): BackupContext {
  const context = contexts.get(current) ?? contextOf(current);
  contexts.set(current, context);
  return context;
}

function parseBatch(id: number, batch: number, chosen: Chosen[], texts: (RollupText | null)[]): void {
  if (!setup || cancelled.has(id)) return;
  const started = performance.now();
  const current = setup;
  const context = checkedAgainst(current);
  const outcomes = chosen.map(({ name, size, lastModified }, index): KeyedOutcome<HeldAssessment> => {
    const text = texts[index] ?? null;
    // What the file is (decision 025): its text's hash; a file without a text, its name, size and time of change.
    const key = text?.ok ? contentKey(text.text) : fallbackKey(name, size, lastModified);
    return { ...personRowsOf(readBackupText(text, name, context), current), key, size };
  });
  if (combinerPort) combinerPort.postMessage({ job: id, batch, outcomes } satisfies ReaderBatch);
  else {
    parsing += performance.now() - started;
    take({ job: id, batch, outcomes });
  }
}

/** On the combiner: one batch's rows arrived; progress at most every 50 ms, and combine once every file is in. */
function take({ job: id, batch, outcomes }: ReaderBatch): void {
  if (cancelled.has(id)) return;
  batches.set(batch, outcomes);
  received += outcomes.length;
  if (job && performance.now() - job.reported > 50) {
    job.reported = performance.now();
    post({ type: 'progress', job: job.id, read: received, total: job.total });
  }
  finishIfComplete();
}

function finishIfComplete(): void {
  if (!job || !setup || received < job.total) return;
  const { id, total, replace, skipped, language, started } = job;
  post({ type: 'progress', job: id, read: received, total });
  const read = performance.now();
  const outcomes = [...batches.keys()].sort((a, b) => a - b).flatMap((batch) => batches.get(batch) ?? []);
  // The files just read are analysed for the setup's day; what was held before for its own (publish brings it level).
  if (replace || held.assessments.size === 0) heldDay = setup.today;
  const before = replace ? emptyRollupState : held;
  held = addFiles(before, outcomes, skipped);
  const added = filesAdded(before, held);
  job = null;
  batches.clear();
  received = 0;
  const timings = { read: read - started, parse: parsing, steps: { add: performance.now() - read } };
  parsing = 0;
  publish(id, language, read, timings, added);
}

/**
 * Combines what is held for the page, every row worked out for the setup's day first when the rows held are of
 * another: the people in the table's opening order, a thousand to a message, then the rest.
 */
function publish(
  id: number,
  language: Language,
  started: number,
  timings: { read: number; parse: number; steps?: Record<string, number> },
  added: FilesAdded | null = null,
): void {
  if (!setup) return;
  const current = setup;
  // Where the time goes, for the bench: each step's ms.
  const steps: Record<string, number> = { ...timings.steps };
  let lap = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = now - lap;
    lap = now;
  };
  if (heldDay !== current.today) held = recomputeRows(held, (record, file) => heldAgain(record, file, current).row);
  heldDay = current.today;
  step('day');
  const combined = rollUpState(held, setup.items, index);
  const { rebuilt, gone, come } = index.last;
  step('people');
  let ranks = nameRanks.get(language);
  if (!ranks) nameRanks.set(language, (ranks = new NameRanks(language)));
  // The names already known keep their order (their numbers may change, never their order): only the new are placed.
  // A language's ranks know only the names met while it was the one shown: after a change of language, all of them.
  const sameLanguage = ordered?.language === language;
  const ranksKept = ranks.update((rebuilt || !sameLanguage ? combined.people : come).map((person) => person.sortName));
  const rankOf = (person: Person) => ranks.rankOf(person.sortName);
  step('ranks');
  // Sorted here in the table's opening order, so that the page need not sort thousands of people to show them: after
  // files added, the people made again are taken out of the last order and put back in their places.
  const order = peopleOrder(defaultPeopleSort, language, rankOf);
  const people = !rebuilt && ordered && sameLanguage ? resortPeople(ordered.people, new Set(gone), come, order) : [...combined.people].sort(order);
  ordered = { people, language };
  step('sort');
  steps.matchedAgain = rebuilt ? 1 : 0;
  const itemKeys = combined.ranking.map((entry) => entry.item.key);
  // The rows of people already published are copied from the last matrices (the profiles' items being the same).
  const items = JSON.stringify(Object.entries(setup.items).map(([profileId, list]) => [profileId, list.map((item) => item.key)]));
  const made = itemMatrices(people, itemKeys, setup.items, matrices?.items === items ? matrices.made : null);
  matrices = { made, items };
  // The page is given copies: what is transferred is no longer the worker's.
  const [itemGaps, itemTargets, itemUnrated] = [made.gaps.slice(), made.targets.slice(), made.unrated.slice()];
  step('matrix');
  const changed: PersonView[] = [];
  // Only the people made again can differ from what the page was sent, unless every one was matched or numbered again.
  for (const person of !rebuilt && ranksKept && sameLanguage ? come : people) {
    // The same person object is the same row, history and match (rollUpState makes a person again only when one changed).
    const now = { person, rank: rankOf(person), language };
    const before = sent.get(person.id);
    if (before && before.person === person && before.rank === now.rank && before.language === language) continue;
    sent.set(person.id, now);
    changed.push({ ...personSummary(person), nameRank: now.rank });
  }
  step('changed');
  for (let start = 0; start < changed.length; start += peopleChunk) post({ type: 'people', job: id, people: changed.slice(start, start + peopleChunk) });
  step('send');
  steps.sent = changed.length;
  const view: RollupView = {
    ...combined,
    people: [],
    overrides: held.overrides,
    added,
    today: setup.today,
    sortedIn: language,
    itemKeys,
    itemGaps,
    itemTargets,
    itemUnrated,
    timings: { ...timings, steps, combine: performance.now() - started, readers },
  };
  // Each step after the combining as a measure of its own, for a performance trace (scripts/trace-rollup-add.mjs).
  const posting = performance.now();
  post({ type: 'done', job: id, rollup: view, order: people.map((person) => person.id) }, [itemGaps.buffer, itemTargets.buffer, itemUnrated.buffer]);
  performance.measure('rollup:post-done', { start: posting });
  // After the roll-up, so that the page shows it first.
  const writing = performance.now();
  const text = heldRollupText(held, keysByProfile(setup.items, keysOf));
  performance.measure('rollup:held-text', { start: writing, detail: text.length });
  const sending = performance.now();
  const { message, transfer } = heldMessage(id, text);
  post(message, transfer);
  performance.measure('rollup:post-held', { start: sending });
}

function post(message: RollupMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/**
 * Parses a made-up, fully rated backup a few times while the user is still choosing files, so that the schemas are
 * compiled and the code is warm when the real files come (the first files would otherwise pay for it).
 */
function warmUp(current: RollupSetup, combines: boolean): void {
  const started = performance.now();
  const { items, today } = current;
  const profileId = roleProfileIdSchema.safeParse(Object.keys(items)[0]);
  if (!profileId.success) return;
  // A made-up sample: any moment will do, so the setup's day at midnight.
  const now = `${today}T00:00:00.000Z`;
  const assessment = createAssessment({
    id: 'warm-up-sample',
    profileId: profileId.data,
    appointee: { name: '', position: '-', agency: '-', appointedOn: today, assessedOn: today },
    now,
  });
  for (const item of items[profileId.data] ?? []) {
    if (item.kind === 'experience') assessment.experience[item.id] = { status: 'some' };
    else assessment.ratings[item.key] = { level: 2 };
  }
  const text = JSON.stringify(createBackup([assessment], { appVersion: 'warm-up', now }));
  for (let round = 0; round < 40; round++) {
    const rows = personRowsOf(parseBackupText(text, 'warm-up.json', checkedAgainst(current)), current);
    if (combines) rollUpState(addFiles(emptyRollupState, [{ ...rows, key: contentKey(text) }]), items);
  }
  // For a performance trace (scripts/trace-rollup-load.mjs): whether the workers were ready when the files came.
  performance.measure('rollup:warm-up', { start: started });
}
