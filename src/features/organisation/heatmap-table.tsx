import type { PeopleSort, PeopleSortKey } from '../../domain/organisation/organisation-people-view';
import type { ReadinessGroup } from '../../domain/scoring/gaps';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { groupTitle } from './organisation-labels';
import { SortHeader } from './sort-header';
import { useOrganisationTranslation } from './use-organisation-translation';

/** A column of the heatmap: a skill group (which sorts the people) or one item of a group. */
export interface HeatmapColumn {
  key: string;
  label: string;
  title: string;
  sortKey?: PeopleSortKey;
}

/** A person's row of the heatmap: a value per column, null where there is none. */
export interface HeatmapRow {
  name: string;
  cells: (number | null)[];
}

/** What the heatmap's columns are: the skill groups, or the items of one group. */
export function HeatmapColumnsChoice({
  groups,
  mode,
  onMode,
}: {
  groups: readonly ReadinessGroup[];
  mode: ReadinessGroup | 'groups';
  onMode: (mode: ReadinessGroup | 'groups') => void;
}) {
  const { catalogue } = useProfileLibrary();
  const { language, t } = useOrganisationTranslation();
  return (
    <p className="org-inline-field">
      <label htmlFor="org-heatmap-columns">{t('org.heatmapColumns')}</label>{' '}
      <select
        id="org-heatmap-columns"
        className="input"
        value={mode}
        onChange={(event) => onMode(groups.find((group) => group === event.target.value) ?? 'groups')}
      >
        <option value="groups">{t('org.heatmapGroups')}</option>
        {groups.map((group) => (
          <option key={group} value={group}>
            {groupTitle(group, catalogue, language, t)}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The heatmap's numbers as a table; its headers sort the people table, so both keep one order. */
export function HeatmapTable(props: {
  columns: readonly HeatmapColumn[];
  rows: readonly HeatmapRow[];
  format: (value: number) => string;
  sort: PeopleSort;
  onSort: (sort: PeopleSort) => void;
}) {
  const { columns, rows, format, sort, onSort } = props;
  const { t } = useOrganisationTranslation();
  return (
    <table className="org-table">
      <thead>
        <tr>
          <SortHeader column="name" label={t('org.col.name')} sort={sort} onSort={onSort} />
          {columns.map((column) =>
            column.sortKey ? (
              <SortHeader key={column.key} column={column.sortKey} label={column.label} title={column.title} sort={sort} onSort={onSort} />
            ) : (
              <th key={column.key} scope="col" title={column.title}>
                {column.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <th scope="row">{row.name}</th>
            {row.cells.map((value, cell) => (
              <td key={cell} className="number">
                {value === null ? '–' : format(value)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
