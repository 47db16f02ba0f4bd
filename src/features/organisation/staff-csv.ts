import { formatBuddhistEraDigits } from '../../domain/calendar/calendar-date';
import type { StaffEntry } from '../../domain/files/staff-list';
import { datesCells, datesHeadings, type CsvDates } from './organisation-csv';
import type { PersonView } from './rollup-protocol';
import { staffCsvWords as words } from './staff-csv-messages';

/** Who on the staff list has sent nothing, one row each, in the list's order, with their row in the list (for HR to chase them). */
export function notSentCsvRows(entries: readonly StaffEntry[], roleOf: (profileId: string) => string, list: string, when: CsvDates): (string | number)[][] {
  const header = [
    words('staffCsv.list'),
    words('staffCsv.place'),
    words('staffCsv.name'),
    words('staffCsv.position'),
    words('staffCsv.agency'),
    words('staffCsv.role'),
    ...datesHeadings,
  ];
  return [
    header,
    ...entries.map((entry) => [
      list,
      `${entry.place.th} / ${entry.place.en}`,
      entry.name,
      entry.position ?? '',
      entry.agency,
      entry.role ? roleOf(entry.role) : '',
      ...datesCells(when),
    ]),
  ];
}

/** Who sent a file but is not on the staff list, one row a person (their latest assessment), in the roll-up's order. */
export function notListedCsvRows(people: readonly PersonView[], roleOf: (profileId: string) => string, list: string, when: CsvDates): (string | number)[][] {
  const header = [
    words('staffCsv.list'),
    words('staffCsv.name'),
    words('staffCsv.position'),
    words('staffCsv.agency'),
    words('staffCsv.role'),
    words('staffCsv.file'),
    words('staffCsv.assessedBe'),
    words('staffCsv.assessedIso'),
    ...datesHeadings,
  ];
  return [
    header,
    ...people.map((person) => [
      list,
      person.name,
      person.position,
      person.agency,
      roleOf(person.profileId),
      person.source,
      formatBuddhistEraDigits(person.assessedOn),
      person.assessedOn,
      ...datesCells(when),
    ]),
  ];
}
