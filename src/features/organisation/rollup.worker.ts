/// <reference lib="webworker" />
import { createAssessment } from '../../domain/assessment';
import type { AssessmentItem } from '../../domain/assessment-items';
import { createBackup } from '../../domain/backup';
import { itemGapMatrix } from '../../domain/organisation-aggregate';
import type { FileOutcome } from '../../domain/organisation-combine';
import { personSummary } from '../../domain/organisation-people';
import { rollUp } from '../../domain/organisation-rollup';
import type { Language } from '../../domain/localized-text';
import { defaultPeopleSort, sortPeople } from '../../domain/organisation-people-view';
import type { Level } from '../../domain/rating-scale';
import { roleProfileIdSchema } from '../../domain/role-profile';
import { parseBackupText, readableBytes, readBackupBytes } from './read-backup';
import type { RollupMessage, RollupRequest, RollupView } from './rollup-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: RollupMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

let job: { total: number; language: Language; items: Record<string, AssessmentItem[]>; defaultTarget: Level; today: string; outcomes: FileOutcome[]; started: number; reported: number } | null = null;

// Reads and parses each batch as it comes (in order), reports progress at most every 50 ms, and combines when the
// page says there are no more files.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<RollupRequest>) => {
  queue = queue.then(() => handle(event.data));
};

async function handle(request: RollupRequest): Promise<void> {
  if (request.type === 'warm-up') warmUp(request);
  else if (request.type === 'begin') {
    job = { ...request, outcomes: [], started: performance.now(), reported: 0 };
    post({ type: 'progress', read: 0, total: request.total });
  } else if (request.type === 'files' && job) {
    const known = Object.keys(job.items);
    const read = await Promise.all(request.files.map(async ({ name, file }) => ({ name, bytes: await readableBytes(file).catch(() => null) })));
    for (const { name, bytes } of read) job.outcomes.push(readBackupBytes(bytes, name, known));
    if (performance.now() - job.reported > 50) {
      job.reported = performance.now();
      post({ type: 'progress', read: job.outcomes.length, total: job.total });
    }
  } else if (request.type === 'end' && job) finish(job);
}

function finish({ outcomes, items, defaultTarget, today, started, total, language }: NonNullable<typeof job>): void {
  post({ type: 'progress', read: outcomes.length, total });
  const read = performance.now();
  const combined = rollUp(outcomes, { items, defaultTarget, today });
  // Sorted here in the table's opening order, so that the page need not sort thousands of people to show them.
  const rollup = { ...combined, people: sortPeople(combined.people, defaultPeopleSort, language) };
  const itemKeys = rollup.ranking.map((entry) => entry.item.key);
  const itemGaps = itemGapMatrix(rollup.people, itemKeys, items);
  const view: RollupView = { ...rollup, people: rollup.people.map(personSummary), sortedIn: language, itemKeys, itemGaps, timings: { read: read - started, combine: performance.now() - read } };
  job = null;
  post({ type: 'done', rollup: view }, [itemGaps.buffer]);
}

/**
 * Parses and rolls up a made-up, fully rated backup a few times while the user is still choosing files, so that the
 * schemas are compiled and the code is warm when the real files come (the first files would otherwise pay for it).
 */
function warmUp({ items, defaultTarget, today }: Extract<RollupRequest, { type: 'warm-up' }>): void {
  const known = Object.keys(items);
  const profileId = roleProfileIdSchema.safeParse(known[0]);
  if (!profileId.success) return;
  const now = new Date().toISOString();
  const assessment = createAssessment({ id: 'warm-up-sample', profileId: profileId.data, appointee: { name: '', position: '-', agency: '-', appointedOn: today, assessedOn: today }, now });
  for (const item of items[profileId.data] ?? []) {
    if (item.kind === 'experience') assessment.experience[item.id] = { status: 'some' };
    else assessment.ratings[item.key] = { level: 2 };
  }
  const text = JSON.stringify(createBackup([assessment], { appVersion: 'warm-up', now }));
  for (let round = 0; round < 40; round++) rollUp([parseBackupText(text, 'warm-up.json', known)], { items, defaultTarget, today });
}
