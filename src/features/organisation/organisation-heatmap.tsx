import { useState } from 'react';
import { itemGapAt, groupHeatmap } from '../../domain/organisation/organisation-aggregate';
import { readinessGroupOf, type ReadinessGroup } from '../../domain/scoring/gaps';
import { pickText } from '../../domain/shared/localized-text';
import { level, percent } from '../../lib/number-format';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { HeatmapDrawing } from './heatmap-drawing';
import { SortHeader } from './sort-header';
import type { PeopleSort, PeopleSortKey } from '../../domain/organisation/organisation-people-view';
import { codesByRole, codesLabel } from '../../domain/assessment/item-codes';
import { groupLabel, groupTitle, useRoleCodes } from './organisation-labels';
import { OrgFigure } from './org-figure';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

type Person = RollupView['people'][number];

/**
 * People (the current page of the people table, in its order) × skill groups, or × the items of one group on demand.
 * Its table sorts the people table (by name or a group's readiness), so the drawing, its table and the people agree.
 */
export function OrganisationHeatmap(props: {
  rollup: RollupView;
  people: readonly Person[];
  groups: readonly ReadinessGroup[];
  rowOf: (id: string) => number;
  fileStem: string;
  sort: PeopleSort;
  onSort: (sort: PeopleSort) => void;
}) {
  const { rollup, people, groups, rowOf, fileStem, sort, onSort } = props;
  const { catalogue } = useProfileLibrary();
  const codes = useRoleCodes();
  const { language, t } = useOrganisationTranslation();
  const [mode, setMode] = useState<ReadinessGroup | 'groups'>('groups');
  const name = (person: Person) => person.name || t('org.anonymous');
  const controls = (
    <p className="org-inline-field">
      <label htmlFor="org-heatmap-columns">{t('org.heatmapColumns')}</label>{' '}
      <select
        id="org-heatmap-columns"
        className="input"
        value={mode}
        onChange={(event) => setMode(groups.find((group) => group === event.target.value) ?? 'groups')}
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

  let columns: { key: string; label: string; title: string; sortKey?: PeopleSortKey }[];
  let rows: { name: string; cells: (number | null)[] }[];
  let format: (value: number | null) => string;
  let shortfall: (value: number) => number;
  if (mode === 'groups') {
    const matrix = groupHeatmap(people, groups);
    columns = matrix.columns.map((group) => ({
      key: group,
      label: groupLabel(group, t),
      title: groupTitle(group, catalogue, language, t),
      sortKey: `group:${group}` as const,
    }));
    rows = matrix.rows.map((row, index) => ({ name: name(people[index] as Person), cells: row.cells }));
    format = percent;
    shortfall = (value) => 1 - value;
  } else {
    const entries = rollup.ranking
      .filter((entry) => readinessGroupOf(entry.item) === mode)
      .map((entry) => ({ entry, column: rollup.itemKeys.indexOf(entry.item.key) }));
    // An item's code is its role's own (E8 in one role is E9 in another, issue 25): every role's code is shown.
    const present = codes.filter((role) => rollup.people.some((person) => person.profileId === role.profileId));
    const label = (key: string, code: string) => codesLabel(key, present) || code;
    entries.sort((a, b) => label(a.entry.item.key, a.entry.item.code).localeCompare(label(b.entry.item.key, b.entry.item.code), 'en', { numeric: true }));
    columns = entries.map(({ entry }) => ({
      key: entry.item.key,
      label: label(entry.item.key, entry.item.code),
      title: `${pickText(entry.item.title, language)} (${codesByRole(entry.item.key, present)})`,
    }));
    rows = people.map((person) => ({
      name: name(person),
      cells: entries.map(({ column }) => itemGapAt(rollup.itemGaps, rollup.itemKeys.length, rowOf(person.id), column)),
    }));
    format = level;
    shortfall = (value) => value / 4;
  }

  return (
    <OrgFigure
      id="org-heatmap"
      title={mode === 'groups' ? t('org.heatmapTitle') : t('org.heatmapItemsTitle', { group: groupTitle(mode, catalogue, language, t) })}
      hint={mode === 'groups' ? t('org.heatmapHint') : t('org.heatmapItemsHint')}
      fileStem={fileStem}
      controls={controls}
      chart={
        <HeatmapDrawing
          columns={columns.map((column) => column.label)}
          rows={rows}
          shortfall={shortfall}
          format={(value) => (value === null ? '–' : format(value))}
        />
      }
      table={
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
      }
    />
  );
}
