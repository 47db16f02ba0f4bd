import { useState } from 'react';
import { countBy } from '../../domain/organisation/organisation-aggregate';
import { sortRows } from '../../domain/organisation/organisation-people-view';
import { SortHeader, type TableSort } from './sort-header';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { BarDrawing } from './bar-drawing';
import { roleLabel } from './organisation-labels';
import { OrgFigure } from './org-figure';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

const charted = 20;
type CountColumn = 'key' | 'count';
const mostFirst: TableSort<CountColumn> = { key: 'count', direction: 'descending' };

/** Head counts by role and by agency, each a bar chart (most first) with its table, which sorts by either column. */
export function HeadCounts({ people, fileStem }: { people: RollupView['people']; fileStem: string }) {
  const { profiles } = useProfileLibrary();
  const { language, t } = useOrganisationTranslation();
  const [sorts, setSorts] = useState<Record<string, TableSort<CountColumn>>>({});
  const views = [
    {
      id: 'org-by-role',
      title: `${t('org.countsTitle')}: ${t('org.byRole')}`,
      column: t('org.col.profileId'),
      counts: countBy(people, (person) => roleLabel(person.profileId, profiles)),
    },
    {
      id: 'org-by-agency',
      title: `${t('org.countsTitle')}: ${t('org.byAgency')}`,
      column: t('org.col.agency'),
      counts: countBy(people, (person) => person.agency),
    },
  ];
  return views.map((view) => {
    const sort = sorts[view.id] ?? mostFirst;
    const onSort = (next: TableSort<CountColumn>) => setSorts({ ...sorts, [view.id]: next });
    // Counted most first: only another order sorts them again.
    const rows = sort === mostFirst ? view.counts : sortRows(view.counts, (entry) => entry[sort.key], sort.direction, language);
    return (
      <OrgFigure
        key={view.id}
        id={view.id}
        title={view.title}
        fileStem={fileStem}
        chart={
          <BarDrawing
            max={view.counts[0]?.count ?? 0}
            bars={view.counts.slice(0, charted).map((entry) => ({ label: entry.key, value: entry.count, text: String(entry.count) }))}
          />
        }
        table={
          <table className="org-table">
            <thead>
              <tr>
                <SortHeader column="key" label={view.column} sort={sort} onSort={onSort} />
                <SortHeader column="count" label={t('org.col.count')} sort={sort} onSort={onSort} first="descending" />
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.key}>
                  <th scope="row">{entry.key}</th>
                  <td className="number">{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    );
  });
}
