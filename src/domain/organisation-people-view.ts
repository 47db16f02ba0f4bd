import type { DeadlineStatus } from './deadlines';
import type { PersonSummary } from './organisation-people';

/** What the people table is narrowed to; `null` is "all". */
export interface PeopleFilter {
  profileId: string | null;
  agency: string | null;
  status: DeadlineStatus | null;
  /** Matched against name, position and agency, case-insensitively. */
  text: string;
}
export const noPeopleFilter: PeopleFilter = { profileId: null, agency: null, status: null, text: '' };

/** The people that pass every part of the filter. */
export function filterPeople<Person extends PersonSummary>(people: readonly Person[], filter: PeopleFilter): Person[] {
  const text = filter.text.trim().toLocaleLowerCase();
  return people.filter(
    (person) =>
      (filter.profileId === null || person.profileId === filter.profileId) &&
      (filter.agency === null || person.agency === filter.agency) &&
      (filter.status === null || person.status === filter.status) &&
      (text === '' || `${person.name}\n${person.position}\n${person.agency}`.toLocaleLowerCase().includes(text)),
  );
}

export const peopleSortKeys = ['name', 'agency', 'profileId', 'appointedOn', 'assessedOn', 'overall', 'starredOutstanding', 'deadline'] as const;
export type PeopleSortKey = (typeof peopleSortKeys)[number];
export interface PeopleSort {
  key: PeopleSortKey;
  direction: 'ascending' | 'descending';
}
/** The order the people table opens in: the nearest deadline first. */
export const defaultPeopleSort: PeopleSort = { key: 'deadline', direction: 'ascending' };

const statusOrder: Record<DeadlineStatus, number> = { overdue: 0, 'due-soon': 1, 'on-track': 2, acquired: 3 };

function sortValue(person: PersonSummary, key: PeopleSortKey): string | number | null {
  switch (key) {
    case 'overall':
      return person.overall;
    case 'starredOutstanding':
      return person.starredOutstanding;
    case 'deadline':
      return person.nearestDeadline ? person.nearestDeadline.daysLeft : null;
    default:
      return person[key];
  }
}

/** A sorted copy; people without a value (not rated, no deadline) always come last; ties keep the status order, then the name. */
export function sortPeople<Person extends PersonSummary>(people: readonly Person[], sort: PeopleSort, locale = 'th'): Person[] {
  const collator = new Intl.Collator(locale);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...people].sort((a, b) => {
    const left = sortValue(a, sort.key);
    const right = sortValue(b, sort.key);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else {
      const order = typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right));
      if (order !== 0) return sign * order;
    }
    return statusOrder[a.status] - statusOrder[b.status] || collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  });
}
