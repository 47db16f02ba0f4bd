import type { ReadinessGroup } from '../../domain/scoring/gaps';
import type { ItemShortfall } from '../../domain/organisation/organisation-aggregate';
import type { PersonSummary } from '../../domain/organisation/organisation-people';
import { formatBuddhistEraDigits } from '../../domain/calendar/calendar-date';
import type { RoleCodes } from '../../domain/assessment/item-codes';
import type { PersonShortfall } from '../../domain/organisation/organisation-shortfalls';
import type { AgencySummary } from '../../domain/organisation/organisation-agencies';
import type { PersonView } from './rollup-protocol';
import { csvActionWords as actionWords, csvDeadlineWords as deadlineWords, csvWords as words } from './csv-messages';

const statusNames = {
  acquired: words('orgCsv.status.acquired'),
  'on-track': deadlineWords('deadline.status.on-track'),
  'due-soon': deadlineWords('deadline.status.due-soon'),
  overdue: deadlineWords('deadline.status.overdue'),
};
const groupNames: Record<string, string> = {
  knowledge: words('orgCsv.group.knowledge'),
  experience: words('orgCsv.group.experience'),
  behavioural: words('orgCsv.group.behavioural'),
};
const share = (value: number | null | undefined) => (value === null || value === undefined ? '' : Math.round(value * 1000) / 10);
const dates = (iso: string | undefined) => (iso ? [formatBuddhistEraDigits(iso), iso] : ['', '']);

/** The two dates every CSV states on each row (so that they survive a filter or a pivot in Excel). */
export interface CsvDates {
  /** The newest assessment date in the data ("ข้อมูล ณ"). */
  dataAsOf: string | null;
  /** The day the days left, deadlines and statuses were computed for. */
  today: string;
}
/** The two dates' headings and cells, last on every row of every organisation CSV. */
export const datesHeadings = [words('orgCsv.dataAsOfBe'), words('orgCsv.dataAsOfIso'), words('orgCsv.computedOnBe'), words('orgCsv.computedOnIso')];
export const datesCells = ({ dataAsOf, today }: CsvDates) => [...dates(dataAsOf ?? undefined), ...dates(today)];

const basisNames = {
  alone: words('orgCsv.basis.alone'),
  'name-and-agency': words('orgCsv.basis.name-and-agency'),
  'name-and-role': words('orgCsv.basis.name-and-role'),
  joined: words('orgCsv.basis.joined'),
};

/**
 * The people table for a spreadsheet, one row a person (their latest assessment; the earlier ones named in the last
 * columns): identity columns first, dates in the Buddhist Era and ISO, readiness in %, the evidence files it names.
 */
export function peopleCsvRows(
  people: readonly PersonSummary[],
  groups: readonly ReadinessGroup[],
  roleOf: (profileId: string) => string,
  when: CsvDates,
): (string | number)[][] {
  const header = [
    words('orgCsv.id'),
    words('orgCsv.file'),
    words('orgCsv.name'),
    words('orgCsv.position'),
    words('orgCsv.agency'),
    words('orgCsv.role'),
    words('orgCsv.appointedBe'),
    words('orgCsv.appointedIso'),
    words('orgCsv.assessedBe'),
    words('orgCsv.assessedIso'),
    words('orgCsv.readiness'),
    words('orgCsv.rated'),
    words('orgCsv.items'),
    ...groups.map((group) => `${groupNames[group] ?? group} %`),
    words('orgCsv.belowTarget'),
    words('orgCsv.starredOutstanding'),
    words('orgCsv.starredRequired'),
    words('orgCsv.unplanned'),
    words('orgCsv.evidence'),
    words('orgCsv.deadlineBe'),
    words('orgCsv.deadlineIso'),
    words('orgCsv.daysLeft'),
    words('orgCsv.status'),
    words('orgCsv.assessments'),
    words('orgCsv.matchedBy'),
    words('orgCsv.earlier'),
    ...datesHeadings,
  ];
  const rows = people.map((person) => [
    person.id,
    person.source,
    person.name,
    person.position,
    person.agency,
    roleOf(person.profileId),
    ...dates(person.appointedOn),
    ...dates(person.assessedOn),
    share(person.overall),
    person.rated,
    person.total,
    ...groups.map((group) => share(person.groups[group])),
    person.belowTarget,
    person.starredOutstanding,
    person.starredTotal,
    person.unplanned,
    person.evidence,
    ...dates(person.nearestDeadline?.date),
    person.nearestDeadline?.daysLeft ?? '',
    statusNames[person.status],
    person.earlier.length + 1,
    basisNames[person.basis],
    person.earlier.map((earlier) => `${earlier.assessedOn} ${earlier.id}`).join('; '),
    ...datesCells(when),
  ]);
  return [header, ...rows];
}

/**
 * The item ranking for a spreadsheet: identity columns (the item's id, the same in every role, then its code in each
 * role as that role's own screens show it, empty where the role lacks it; its titles) then the counts and gaps.
 */
export function rankingCsvRows(ranking: readonly ItemShortfall[], when: CsvDates, roles: readonly RoleCodes[]): (string | number)[][] {
  const header = [
    words('orgCsv.rank'),
    words('orgCsv.itemId'),
    ...roles.map((role) => words('orgCsv.codeIn', { role: role.abbreviation })),
    words('orgCsv.titleTh'),
    words('orgCsv.titleEn'),
    words('orgCsv.required'),
    words('orgCsv.below'),
    words('orgCsv.totalGap'),
    words('orgCsv.meanGap'),
    ...datesHeadings,
  ];
  const round = (value: number) => Math.round(value * 100) / 100;
  return [
    header,
    ...ranking.map((entry, index) => [
      index + 1,
      entry.item.key,
      ...roles.map((role) => role.codes.get(entry.item.key) ?? ''),
      entry.item.title.th,
      entry.item.title.en,
      entry.required,
      entry.below,
      round(entry.totalGap),
      round(entry.meanGap),
      ...datesCells(when),
    ]),
  ];
}

/**
 * People short of target on items, one row a person and item (issue 25, "who is short of what"): for one item's list, or for
 * every item as a table to pivot in Excel. Each row names the person, the item by its id and by the code the person's
 * own role shows, the gap, the deadline where the item has one, and the action of the person's plan that serves it.
 */
export function shortfallCsvRows(
  shortfalls: readonly PersonShortfall<PersonView>[],
  roleOf: (profileId: string) => string,
  roles: readonly RoleCodes[],
  when: CsvDates,
): (string | number)[][] {
  const header = [
    words('orgCsv.id'),
    words('orgCsv.name'),
    words('orgCsv.position'),
    words('orgCsv.agency'),
    words('orgCsv.role'),
    words('orgCsv.itemId'),
    words('orgCsv.code'),
    words('orgCsv.titleTh'),
    words('orgCsv.titleEn'),
    words('orgCsv.gap'),
    words('orgCsv.itemDeadlineBe'),
    words('orgCsv.itemDeadlineIso'),
    words('orgCsv.daysLeft'),
    words('orgCsv.status'),
    words('orgCsv.planned'),
    words('orgCsv.actionStatus'),
    words('orgCsv.actionTargetBe'),
    words('orgCsv.actionTargetIso'),
    ...datesHeadings,
  ];
  const codeIn = (profileId: string, key: string) => roles.find((role) => role.profileId === profileId)?.codes.get(key) ?? '';
  const rows = shortfalls.map(({ person, item, gap, deadline, planned }) => [
    person.id,
    person.name,
    person.position,
    person.agency,
    roleOf(person.profileId),
    item.key,
    codeIn(person.profileId, item.key),
    item.title.th,
    item.title.en,
    gap,
    ...dates(deadline?.date),
    deadline?.daysLeft ?? '',
    deadline ? statusNames[deadline.status] : '',
    planned ? words('orgCsv.yes') : words('orgCsv.no'),
    planned ? actionWords(`action.status.${planned.status}`) : '',
    ...dates(planned?.targetOn),
    ...datesCells(when),
  ]);
  return [header, ...rows];
}

/** The summary by agency for a spreadsheet: one row an agency, readiness in %. */
export function agencyCsvRows(rows: readonly AgencySummary[], when: CsvDates): (string | number)[][] {
  // "Not yet sent" needs a staff list: without one the column is not written, rather than written empty.
  const withList = rows.some((row) => row.notSent !== null);
  const header = [
    words('orgCsv.agency'),
    words('orgCsv.people'),
    words('orgCsv.readiness'),
    words('orgCsv.partlyRated'),
    words('orgCsv.belowTarget'),
    words('orgCsv.overdue'),
    ...(withList ? [words('orgCsv.notSent')] : []),
    ...datesHeadings,
  ];
  return [
    header,
    ...rows.map((row) => [
      row.agency,
      row.people,
      share(row.meanReadiness),
      row.partlyRated,
      row.belowTarget,
      row.byStatus.overdue,
      ...(withList ? [row.notSent ?? 0] : []),
      ...datesCells(when),
    ]),
  ];
}
