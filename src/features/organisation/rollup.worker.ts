/// <reference lib="webworker" />
import { createAssessment } from '../../domain/assessment';
import { createBackup } from '../../domain/backup';
import { itemGapMatrix } from '../../domain/organisation-aggregate';
import type { FileOutcome } from '../../domain/organisation-combine';
import { personSummary, type PersonRow } from '../../domain/organisation-people';
import { personRowsOf, rollUpRows } from '../../domain/organisation-rollup';
import type { Language } from '../../domain/localized-text';
import { defaultPeopleSort, sortPeople } from '../../domain/organisation-people-view';
import { profileKeysOf } from '../../domain/profile-keys';
import type { BackupContext } from '../../domain/read-backup';
import { roleProfileIdSchema } from '../../domain/role-profile';
import type { FileText } from '../../lib/read-file';
import { parseBackupText, readableText, readBackupText } from './read-backup';
import type { ReaderBatch, RollupMessage, RollupRequest, RollupSetup, RollupView } from './rollup-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

let setup: RollupSetup | null = null;
/** A reader's way to the combiner (null on the combiner itself). */
let combinerPort: MessagePort | null = null;
/** On the combiner: every batch's rows by batch number (from itself and the other readers), and the job once begun. */
const batches = new Map<number, FileOutcome<PersonRow>[]>();
let received = 0;
let parsing = 0;
let readers = 1;
/** People per message to the page. */
const peopleChunk = 1000;
let job: { total: number; language: Language; started: number; reported: number } | null = null;

// Each batch's files are read as soon as it arrives (reading waits on the browser, not on this thread), and parsed in
// the order the batches came, one after the other.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<RollupRequest>) => {
  const request = event.data;
  if (request.type === 'files') {
    const texts = Promise.all(request.files.map(({ file }) => readableText(file).catch(() => null)));
    queue = queue.then(async () => parseBatch(request, await texts));
  } else queue = queue.then(() => handle(request));
};

function handle(request: Exclude<RollupRequest, { type: 'files' }>): void {
  if (request.type === 'warm-up') {
    setup = request.setup;
    readers = request.ports.length + 1;
    if (request.role === 'reader') combinerPort = request.ports[0] ?? null;
    else for (const port of request.ports) port.onmessage = (event: MessageEvent<ReaderBatch>) => (queue = queue.then(() => take(event.data)));
    warmUp(request.setup, request.role === 'combiner');
  } else {
    setup = request.setup;
    if (combinerPort) return;
    job = { total: request.total, language: request.language, started: performance.now(), reported: 0 };
    post({ type: 'progress', read: received, total: job.total });
    finishIfComplete();
  }
}

/** What the files are checked against: the profiles' keys (built once a setup) and the time the roll-up began. */
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

function parseBatch({ batch, files }: Extract<RollupRequest, { type: 'files' }>, texts: (FileText | null)[]): void {
  if (!setup) return;
  const started = performance.now();
  const current = setup;
  const context = checkedAgainst(current);
  const outcomes = files.map(({ name }, index) => personRowsOf(readBackupText(texts[index] ?? null, name, context), current));
  if (combinerPort) combinerPort.postMessage({ batch, outcomes } satisfies ReaderBatch);
  else {
    parsing += performance.now() - started;
    take({ batch, outcomes });
  }
}

/** On the combiner: one batch's rows arrived; progress at most every 50 ms, and combine once every file is in. */
function take({ batch, outcomes }: ReaderBatch): void {
  batches.set(batch, outcomes);
  received += outcomes.length;
  if (job && performance.now() - job.reported > 50) {
    job.reported = performance.now();
    post({ type: 'progress', read: received, total: job.total });
  }
  finishIfComplete();
}

function finishIfComplete(): void {
  if (!job || !setup || received < job.total) return;
  const { total, language, started } = job;
  post({ type: 'progress', read: received, total });
  const read = performance.now();
  const outcomes = [...batches.keys()].sort((a, b) => a - b).flatMap((batch) => batches.get(batch) ?? []);
  const combined = rollUpRows(outcomes, setup.items);
  // Sorted here in the table's opening order, so that the page need not sort thousands of people to show them.
  const people = sortPeople(combined.people, defaultPeopleSort, language);
  const itemKeys = combined.ranking.map((entry) => entry.item.key);
  const itemGaps = itemGapMatrix(people, itemKeys, setup.items);
  const summaries = people.map(personSummary);
  for (let start = 0; start < summaries.length; start += peopleChunk) post({ type: 'people', people: summaries.slice(start, start + peopleChunk) });
  const view: RollupView = {
    ...combined,
    people: [],
    sortedIn: language,
    itemKeys,
    itemGaps,
    timings: { read: read - started, parse: parsing, combine: performance.now() - read, readers },
  };
  job = null;
  batches.clear();
  post({ type: 'done', rollup: view }, [itemGaps.buffer]);
}

function post(message: RollupMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/**
 * Parses a made-up, fully rated backup a few times while the user is still choosing files, so that the schemas are
 * compiled and the code is warm when the real files come (the first files would otherwise pay for it).
 */
function warmUp(current: RollupSetup, combines: boolean): void {
  const { items, today } = current;
  const profileId = roleProfileIdSchema.safeParse(Object.keys(items)[0]);
  if (!profileId.success) return;
  // A made-up sample: any moment will do, so the setup's day at midnight.
  const now = `${today}T00:00:00.000Z`;
  const assessment = createAssessment({ id: 'warm-up-sample', profileId: profileId.data, appointee: { name: '', position: '-', agency: '-', appointedOn: today, assessedOn: today }, now });
  for (const item of items[profileId.data] ?? []) {
    if (item.kind === 'experience') assessment.experience[item.id] = { status: 'some' };
    else assessment.ratings[item.key] = { level: 2 };
  }
  const text = JSON.stringify(createBackup([assessment], { appVersion: 'warm-up', now }));
  for (let round = 0; round < 40; round++) {
    const rows = personRowsOf(parseBackupText(text, 'warm-up.json', checkedAgainst(current)), current);
    if (combines) rollUpRows([rows], items);
  }
}
