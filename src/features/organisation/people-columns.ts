import type { PeopleColumn } from '../../domain/organisation/organisation-people-view';

/**
 * The people table's columns after the name, in their order. The table shows the ones chosen (by default those that
 * fit a 1280 px screen beside the name); the others are in each row's details. "groups" is every readiness group's
 * column at once.
 */
export const optionalPeopleColumns = [
  'position',
  'agency',
  'profileId',
  'appointedOn',
  'assessedOn',
  'overall',
  'rated',
  'groups',
  'starredOutstanding',
  'deadline',
  'status',
  'evidence',
] as const;
export type OptionalPeopleColumn = (typeof optionalPeopleColumns)[number];

/** What HR acts on first: who, where, how ready (and over how many of their items), what is outstanding and by when. */
export const defaultPeopleColumns: readonly OptionalPeopleColumn[] = ['agency', 'profileId', 'overall', 'rated', 'starredOutstanding', 'deadline', 'status'];

/** Whether a column sorts the table (the position and the status do not; the groups sort one by one). */
export function sortableColumn(column: OptionalPeopleColumn): column is Exclude<PeopleColumn, 'name'> & OptionalPeopleColumn {
  return column !== 'position' && column !== 'status' && column !== 'groups';
}

/** `chosen` with `column` added or taken out, in the table's order. */
export function toggleColumn(chosen: readonly OptionalPeopleColumn[], column: OptionalPeopleColumn): OptionalPeopleColumn[] {
  const next = new Set(chosen);
  if (next.has(column)) next.delete(column);
  else next.add(column);
  return optionalPeopleColumns.filter((candidate) => next.has(candidate));
}
