/// <reference lib="webworker" />
import type { StaffListReading } from '../../domain/files/staff-list';
import { readStaffFile } from './read-staff-file';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// A staff list is read, parsed and checked here, row by row (up to 20,000), so that the page never holds it, and so
// that the page's own code carries none of the reading (the organisation screen's budget, docs/size-budgets.md).
scope.onmessage = (event: MessageEvent<{ file: File }>) => {
  void readStaffFile(event.data.file).then((reading: StaffListReading) => scope.postMessage(reading));
};
