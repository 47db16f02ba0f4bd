import { z } from 'zod/mini';
import type { DeadlineStatus } from '../calendar/deadlines';
import { readinessGroups } from '../scoring/gaps';
import { peopleSortKeys, type PeopleFilter, type PeopleSort, type PeopleSortKey } from './organisation-people-view';

/**
 * How HR had the people table when they kept the roll-up (HR trial point 4): the filter (role, agency, status,
 * search), the sort and the columns chosen. Kept beside the roll-up, under its own key, and put back when it is
 * opened; a roll-up kept without it opens as the table opens.
 */
export interface KeptView {
  filter: PeopleFilter;
  sort: PeopleSort;
  /** The columns chosen, as named (the feature keeps those it knows). */
  columns: string[];
}

const statuses = ['acquired', 'on-track', 'due-soon', 'overdue'] as const satisfies readonly DeadlineStatus[];
const groupKeys = readinessGroups.map((group): PeopleSortKey => `group:${group}`);

/** Whether `key` sorts the people table: a column's key, or a readiness group's. */
export function isPeopleSortKey(key: string): key is PeopleSortKey {
  return (peopleSortKeys as readonly string[]).includes(key) || (groupKeys as readonly string[]).includes(key);
}

const choiceSchema = z.nullable(z.string().check(z.maxLength(1000)));

/** The kept view as stored, checked when read: anything else (another version, an edited value) is not put back. */
export const keptViewSchema = z.object({
  filter: z.object({ profileId: choiceSchema, agency: choiceSchema, status: z.nullable(z.enum(statuses)), text: z.string().check(z.maxLength(1000)) }),
  sort: z.object({ key: z.string().check(z.refine(isPeopleSortKey)), direction: z.enum(['ascending', 'descending']) }),
  columns: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40)),
});

/** The kept view in `text` (its stored JSON), or null when there is none or it does not read back. */
export function readKeptView(text: string | null): KeptView | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = keptViewSchema.safeParse(data);
  if (!parsed.success) return null;
  const { filter, sort, columns } = parsed.data;
  return isPeopleSortKey(sort.key) ? { filter, sort: { key: sort.key, direction: sort.direction }, columns } : null;
}
