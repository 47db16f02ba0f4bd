/// <reference lib="webworker" />
import type { StaffListReading } from '../../domain/files/staff-list';
import type { LocalizedText } from '../../domain/shared/localized-text';
import { wordsOfProblem } from '../../i18n/problem-words';
import { readStaffFile } from './read-staff-file';

/** What the worker answers: the list read, or why the whole file was refused, in words. */
export type StaffListAnswer = Extract<StaffListReading, { ok: true }> | { ok: false; reason: LocalizedText };

const scope = self as unknown as DedicatedWorkerGlobalScope;

// A staff list is read, parsed and checked here, row by row (up to 20,000), so that the page never holds it, and so
// that the page's own code carries none of the reading (the organisation screen's budget, docs/size-budgets.md).
scope.onmessage = (event: MessageEvent<{ file: File }>) => {
  void readStaffFile(event.data.file).then(async (reading) => {
    // A file refused is said in words here too: the page then needs no problem words of its own.
    const answer: StaffListAnswer = reading.ok ? reading : { ok: false, reason: await wordsOfProblem(reading.reason) };
    scope.postMessage(answer);
  });
};
