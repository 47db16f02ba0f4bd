import { useState } from 'react';
import type { KeptView } from '../../domain/organisation/kept-view';
import { defaultPeopleSort, type PeopleSort } from '../../domain/organisation/organisation-people-view';
import { defaultPeopleColumns, optionalPeopleColumns, type OptionalPeopleColumn } from './people-columns';
import { valueStore, type ValueStore } from './value-store';

/**
 * The people table's view across roll-ups (HR trial point 4): the one it opens with (the kept roll-up's, until
 * another roll-up is started) and the one it shows now, which "Keep" stores beside the roll-up.
 */
export function useTableView(kept: KeptView | null): { opening: KeptView | null; open: (view: KeptView | null) => void; current: ValueStore<KeptView | null> } {
  const [opening, open] = useState(kept);
  const [current] = useState(() => valueStore<KeptView | null>(null));
  return { opening, open, current };
}

/** The columns a kept view chose, those the table knows, in its order; the default ones without a kept view. */
export function openingColumns(view: KeptView | null): readonly OptionalPeopleColumn[] {
  return view ? optionalPeopleColumns.filter((column) => view.columns.includes(column)) : defaultPeopleColumns;
}

/** A kept view's sort, the default itself when it is the default's (the table shows the people as they came then). */
export function openingSort(view: KeptView | null): PeopleSort {
  const sort = view?.sort;
  return !sort || (sort.key === defaultPeopleSort.key && sort.direction === defaultPeopleSort.direction) ? defaultPeopleSort : sort;
}
