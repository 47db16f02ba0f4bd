import type { ReactNode } from 'react';
import type { SortDirection } from '../../domain/organisation/organisation-people-view';
import { Icon } from '../../ui/icon';
import { useOrganisationTranslation } from './use-organisation-translation';

/** What a sortable table is sorted by: one of its columns, one way. */
export interface TableSort<Key extends string> {
  key: Key;
  direction: SortDirection;
}

/**
 * A column header that sorts its table: pressed once it sorts by the column in `first` direction (ascending for
 * names and dates, descending for counts), pressed again the other way; `aria-sort` tells screen readers.
 */
export function SortHeader<Key extends string>(props: {
  column: Key;
  label: string;
  sort: TableSort<Key>;
  onSort: (sort: TableSort<Key>) => void;
  first?: SortDirection;
  title?: string;
  children?: ReactNode;
}) {
  const { column, label, sort, onSort, first = 'ascending', title } = props;
  const { t } = useOrganisationTranslation();
  const active = sort.key === column;
  const other: SortDirection = sort.direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} title={title}>
      <button
        type="button"
        className="org-sort"
        onClick={() => onSort({ key: column, direction: active ? other : first })}
        aria-label={`${label}: ${t('org.sortBy', { column: label })}`}
      >
        {props.children ?? label}
        {active && (
          <span aria-hidden="true" className={sort.direction === 'ascending' ? 'org-sort__icon org-sort__icon--up' : 'org-sort__icon'}>
            {' '}
            <Icon name="down" />
          </span>
        )}
      </button>
    </th>
  );
}
