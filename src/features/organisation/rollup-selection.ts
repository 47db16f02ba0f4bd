import { useMemo } from 'react';
import { rankItemsOfRows, type ItemShortfall } from '../../domain/organisation/organisation-aggregate';
import { filterPeople, isNoFilter, type PeopleFilter } from '../../domain/organisation/organisation-people-view';
import type { RollupView } from './rollup-protocol';

/** How many files the figures come from, and how many were not counted, and why (HR trial point 2). */
export interface FileCounts {
  read: number;
  refused: number;
  skipped: number;
  repeated: number;
}

/** The file counts of a roll-up: a refused file is not one the figures come from. */
export function fileCounts(rollup: Pick<RollupView, 'files' | 'refused' | 'skipped' | 'repeated'>): FileCounts {
  return { read: rollup.files - rollup.refused.length, refused: rollup.refused.length, skipped: rollup.skipped.length, repeated: rollup.repeated.length };
}

/** What the exports and the printed summary show: the people the filter let through (in the table's order) and their ranking. */
export interface RollupSelection {
  people: readonly RollupView['people'][number][];
  ranking: readonly ItemShortfall[];
  /** The files behind the figures: read (refused ones not counted), refused, hidden system files skipped, and chosen again. */
  files: FileCounts;
  /** What the people were narrowed to, and how many people the roll-up holds in all. */
  filter: PeopleFilter;
  total: number;
  /** The newest assessment date in the data, and the day the figures were computed for. */
  dataAsOf: string | null;
  today: string;
}

/**
 * The people the filter lets through, and the item ranking recounted over them from the item gap matrix (the
 * worker's ranking when nothing is filtered); `rowOf` finds a person's row of that matrix.
 */
export function useRollupSelection(rollup: RollupView, filter: PeopleFilter) {
  const rowOf = useMemo(() => {
    const rows = new Map(rollup.people.map((person, index) => [person.id, index]));
    return (id: string) => rows.get(id) ?? -1;
  }, [rollup]);
  const itemOf = useMemo(() => {
    const items = new Map(rollup.ranking.map((entry) => [entry.item.key, entry.item]));
    return (key: string) => items.get(key);
  }, [rollup]);
  const everyone = isNoFilter(filter);
  const people = useMemo(() => (everyone ? rollup.people : filterPeople(rollup.people, filter)), [rollup, filter, everyone]);
  const ranking = useMemo(
    () =>
      everyone
        ? rollup.ranking
        : rankItemsOfRows(
            rollup.itemGaps,
            rollup.itemKeys,
            people.map((person) => rowOf(person.id)),
            itemOf,
          ),
    [rollup, people, everyone, rowOf, itemOf],
  );
  return { people, ranking, rowOf };
}
