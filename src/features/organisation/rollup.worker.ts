/// <reference lib="webworker" />
import { itemGapMatrix } from '../../domain/organisation-aggregate';
import type { FileOutcome } from '../../domain/organisation-combine';
import { personSummary } from '../../domain/organisation-people';
import { rollUp } from '../../domain/organisation-rollup';
import { readBackupFile } from './read-backup';
import type { RollupMessage, RollupRequest, RollupView } from './rollup-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const batch = 32;

function post(message: RollupMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

// Reads the files a batch at a time (so the disk reads overlap), reports progress at most every 50 ms, then combines.
scope.onmessage = async (event: MessageEvent<RollupRequest>) => {
  const { files, items, defaultTarget, today } = event.data;
  const known = Object.keys(items);
  const outcomes: FileOutcome[] = [];
  let reported = 0;
  post({ type: 'progress', read: 0, total: files.length });
  for (let start = 0; start < files.length; start += batch) {
    outcomes.push(...(await Promise.all(files.slice(start, start + batch).map(({ file, name }) => readBackupFile(file, name, known)))));
    if (performance.now() - reported > 50) {
      reported = performance.now();
      post({ type: 'progress', read: outcomes.length, total: files.length });
    }
  }
  post({ type: 'progress', read: outcomes.length, total: files.length });
  const rollup = rollUp(outcomes, { items, defaultTarget, today });
  const itemKeys = rollup.ranking.map((entry) => entry.item.key);
  const itemGaps = itemGapMatrix(rollup.people, itemKeys, items);
  const view: RollupView = { ...rollup, people: rollup.people.map(personSummary), itemKeys, itemGaps };
  post({ type: 'done', rollup: view }, [itemGaps.buffer]);
};
