import type { DeadlineStatus } from '../calendar/deadlines';
import { readinessGroups, type ReadinessGroup } from '../scoring/gaps';
import type { PersonSummary } from './organisation-people';
import { composedThai } from '../shared/thai-text';

/** What the people table is narrowed to; `null` is "all". */
export interface PeopleFilter {
  profileId: string | null;
  agency: string | null;
  status: DeadlineStatus | null;
  /** Matched against name, position and agency, case-insensitively. */
  text: string;
}
export const noPeopleFilter: PeopleFilter = { profileId: null, agency: null, status: null, text: '' };

/** Whether the filter lets everyone through. */
export function isNoFilter(filter: PeopleFilter): boolean {
  return filter.profileId === null && filter.agency === null && filter.status === null && filter.text.trim() === '';
}

/** The people that pass every part of the filter. */
export function filterPeople<Person extends PersonSummary>(people: readonly Person[], filter: PeopleFilter): Person[] {
  // The search typed with sara am in two marks finds the name written with one (thai-text.ts), as names are read.
  const text = composedThai(filter.text.trim()).toLowerCase();
  return people.filter(
    (person) =>
      (filter.profileId === null || person.profileId === filter.profileId) &&
      (filter.agency === null || person.agency === filter.agency) &&
      (filter.status === null || person.status === filter.status) &&
      (text === '' || `${person.name}\n${person.position}\n${person.agency}`.toLowerCase().includes(text)),
  );
}

export const peopleSortKeys = [
  'name',
  'agency',
  'profileId',
  'appointedOn',
  'assessedOn',
  'overall',
  'rated',
  'starredOutstanding',
  'deadline',
  'evidence',
] as const;
/** A column of the people that is not a group's readiness. */
export type PeopleColumn = (typeof peopleSortKeys)[number];
/** A column of the people: one of the keys above, or the readiness in one group. */
export type PeopleSortKey = PeopleColumn | `group:${ReadinessGroup}`;
export interface PeopleSort {
  key: PeopleSortKey;
  direction: SortDirection;
}
/** The order the people table opens in: the nearest deadline first. */
export const defaultPeopleSort: PeopleSort = { key: 'deadline', direction: 'ascending' };

const statusOrder: Record<DeadlineStatus, number> = { overdue: 0, 'due-soon': 1, 'on-track': 2, acquired: 3 };

function sortValue<Person extends PersonSummary>(person: Person, key: PeopleSortKey, nameRank?: (person: Person) => number): string | number | null {
  switch (key) {
    case 'overall':
      return person.overall;
    case 'rated':
      // The share of the person's items rated: those who rated least come first, whatever their role's number of items.
      return person.total === 0 ? null : person.rated / person.total;
    case 'starredOutstanding':
      return person.starredOutstanding;
    case 'evidence':
      return person.evidence;
    case 'deadline':
      return person.nearestDeadline ? person.nearestDeadline.daysLeft : null;
    case 'name':
      // Names sort without their titles (ดร. < นาง < นาย would otherwise come first), by their rank when given.
      return nameRank ? nameRank(person) : person.sortName;
    case 'agency':
    case 'profileId':
    case 'appointedOn':
    case 'assessedOn':
      return person[key];
    default: {
      const group = readinessGroups.find((candidate) => key === `group:${candidate}`);
      return group ? (person.groups[group] ?? null) : null;
    }
  }
}

export type SortDirection = 'ascending' | 'descending';

/**
 * A sorted copy of any table's rows by one column: numbers by value, text in the language's order; rows without a
 * value (not rated, no deadline) always last, whichever the direction; ties by `tie`, then as they came.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  valueOf: (row: Row) => string | number | null,
  direction: SortDirection,
  locale = 'th',
  tie: (a: Row, b: Row, collator: Intl.Collator) => number = () => 0,
): Row[] {
  return [...rows].sort(rowOrder(valueOf, direction, locale, tie));
}

/** The comparison `sortRows` sorts by. */
function rowOrder<Row>(
  valueOf: (row: Row) => string | number | null,
  direction: SortDirection,
  locale: string,
  tie: (a: Row, b: Row, collator: Intl.Collator) => number,
): (a: Row, b: Row) => number {
  const collator = new Intl.Collator(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  return (a, b) => {
    const left = valueOf(a);
    const right = valueOf(b);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else {
      const order = typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right));
      if (order !== 0) return sign * order;
    }
    return tie(a, b, collator);
  };
}

/**
 * A sorted copy of the people; ties keep the status order, then the name without its titles. `nameRank` orders the
 * names by a number that orders them as the locale's collator does (much faster than the collator itself).
 */
export function sortPeople<Person extends PersonSummary>(
  people: readonly Person[],
  sort: PeopleSort,
  locale = 'th',
  nameRank?: (person: Person) => number,
): Person[] {
  return [...people].sort(peopleOrder(sort, locale, nameRank));
}

/** The comparison `sortPeople` sorts by: a total order (the id settles what nothing else does). */
export function peopleOrder<Person extends PersonSummary>(
  sort: PeopleSort,
  locale = 'th',
  nameRank?: (person: Person) => number,
): (a: Person, b: Person) => number {
  const byName = (a: Person, b: Person, collator: Intl.Collator) => (nameRank ? nameRank(a) - nameRank(b) : collator.compare(a.sortName, b.sortName));
  return rowOrder(
    (person: Person) => sortValue(person, sort.key, nameRank),
    sort.direction,
    locale,
    (a, b, collator) => statusOrder[a.status] - statusOrder[b.status] || byName(a, b, collator) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * People sorted by `order` after a change, from those sorted before: the people `gone` taken out and those that
 * `come` put in their places. The same as sorting them all again when `order` is a total order.
 */
export function resortPeople<Person>(
  sorted: readonly Person[],
  gone: ReadonlySet<Person>,
  come: readonly Person[],
  order: (a: Person, b: Person) => number,
): Person[] {
  const kept = gone.size === 0 ? sorted : sorted.filter((person) => !gone.has(person));
  const added = [...come].sort(order);
  const merged: Person[] = [];
  let [i, j] = [0, 0];
  while (i < kept.length || j < added.length) {
    const left = kept[i];
    const right = added[j];
    if (right === undefined || (left !== undefined && order(left, right) <= 0)) {
      merged.push(left as Person);
      i++;
    } else {
      merged.push(right);
      j++;
    }
  }
  return merged;
}
