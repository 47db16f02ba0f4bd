import { useMemo, useState } from 'react';
import type { StaffEntry } from '../../domain/files/staff-list';
import type { RefusedRow } from '../../domain/files/table-rows';
import { compareStaffList, notSentByAgency } from '../../domain/organisation/staff-matching';
import type { LocalizedText } from '../../domain/shared/localized-text';
import type { PersonView } from './rollup-protocol';

/** A staff list read from a file: held on this page only, never kept in the browser (docs/organisation.md). */
export interface StaffList {
  file: string;
  staff: StaffEntry[];
  refused: RefusedRow[];
  ignoredColumns: string[];
}
/** What the last choice of a file came to while it is not a list in use: being read, or refused with the reason. */
export type StaffOutcomeState = { kind: 'reading' } | { kind: 'refused'; file: string; reason: LocalizedText } | null;

/**
 * The staff list on this page, how it compares with the roll-up's people (all of them, whatever the filter), and
 * how many on it sent nothing by agency: with a filter, only in the agencies of the people it lets through (`shown`).
 */
export function useStaffList(people: readonly PersonView[], shown: readonly PersonView[], filtered: boolean) {
  const [list, setList] = useState<StaffList | null>(null);
  const comparison = useMemo(() => (list ? compareStaffList(list.staff, people) : null), [list, people]);
  const notSent = useMemo(() => (comparison ? notSentByAgency(comparison.notSent, filtered ? shown : undefined) : null), [comparison, shown, filtered]);
  return { list, setList, comparison, notSent };
}
