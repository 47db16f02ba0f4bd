import { useState } from 'react';
import type { ReadinessGroup } from '../../domain/scoring/gaps';
import { shortNames } from '../../domain/organisation/short-names';
import { level, percent } from '../../lib/number-format';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { HeatmapDrawing } from './heatmap-drawing';
import { groupGrid, heatCellText, itemGrid, type HeatCell } from './heatmap-grid';
import { SortHeader } from './sort-header';
import { groupTitle, useRoleCodes } from './organisation-labels';
import { OrgFigure } from './org-figure';
import { PeoplePager } from './people-pager';
import type { PeopleView } from './people-section';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

/**
 * People × skill groups, or × the items of one group on demand: every person the filter lets through, a page at a
 * time, the same page as the people table (either turns it). Its table sorts the people table (by name or a group's
 * readiness), so the drawing, its table and the people agree.
 */
export function OrganisationHeatmap(props: {
  rollup: RollupView;
  groups: readonly ReadinessGroup[];
  rowOf: (id: string) => number;
  fileStem: string;
  view: PeopleView;
}) {
  const { rollup, groups, rowOf, fileStem, view } = props;
  const { catalogue } = useProfileLibrary();
  const codes = useRoleCodes();
  const { language, t } = useOrganisationTranslation();
  const [mode, setMode] = useState<ReadinessGroup | 'groups'>('groups');
  const people = view.slice;
  const input = { rollup, people, groups, rowOf, codes, catalogue, language, t };
  const grid = mode === 'groups' ? groupGrid(input, percent) : itemGrid(input, mode, level);
  const names = people.map((person) => person.name || t('org.anonymous'));
  const written = (value: HeatCell) => heatCellText(value, grid.format, t, false);
  const from = view.page * view.pageSize;
  const controls = (
    <>
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
      <PeoplePager view={view} label={t('org.heatmapPages')}>
        {t('org.heatmapShown', { from: from + 1, to: from + people.length, count: view.shown.length })}
      </PeoplePager>
    </>
  );

  return (
    <OrgFigure
      id="org-heatmap"
      title={mode === 'groups' ? t('org.heatmapTitle') : t('org.heatmapItemsTitle', { group: groupTitle(mode, catalogue, language, t) })}
      hint={mode === 'groups' ? t('org.heatmapHint') : t('org.heatmapItemsHint')}
      fileStem={fileStem}
      controls={controls}
      chart={
        <HeatmapDrawing
          columns={grid.columns.map((column) => column.label)}
          rows={shortNames(names, 22).map((name, index) => ({ name, cells: grid.cells[index] ?? [] }))}
          shortfall={grid.shortfall}
          format={(value) => heatCellText(value, grid.format, t, true)}
        />
      }
      table={
        <table className="org-table">
          <thead>
            <tr>
              <SortHeader column="name" label={t('org.col.name')} sort={view.sort} onSort={view.setSort} />
              {grid.columns.map((column) =>
                column.sortKey ? (
                  <SortHeader key={column.key} column={column.sortKey} label={column.label} title={column.title} sort={view.sort} onSort={view.setSort} />
                ) : (
                  <th key={column.key} scope="col" title={column.title}>
                    {column.label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {people.map((person, index) => (
              <tr key={person.id}>
                <th scope="row">{names[index]}</th>
                {(grid.cells[index] ?? []).map((value, cell) => (
                  <td key={cell} className="number">
                    {written(value)}
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
