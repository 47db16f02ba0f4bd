import { countBy } from '../../domain/organisation-aggregate';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { BarDrawing } from './bar-drawing';
import { roleLabel } from './organisation-labels';
import { OrgFigure } from './org-figure';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

const charted = 20;

/** Head counts by role and by agency, each a bar chart with its table. */
export function HeadCounts({ people, fileStem }: { people: RollupView['people']; fileStem: string }) {
  const { profiles } = useProfileLibrary();
  const { t } = useOrganisationTranslation();
  const views = [
    { id: 'org-by-role', title: `${t('org.countsTitle')}: ${t('org.byRole')}`, column: t('org.col.profileId'), counts: countBy(people, (person) => roleLabel(person.profileId, profiles)) },
    { id: 'org-by-agency', title: `${t('org.countsTitle')}: ${t('org.byAgency')}`, column: t('org.col.agency'), counts: countBy(people, (person) => person.agency) },
  ];
  return views.map((view) => (
    <OrgFigure
      key={view.id}
      id={view.id}
      title={view.title}
      fileStem={fileStem}
      chart={<BarDrawing max={view.counts[0]?.count ?? 0} bars={view.counts.slice(0, charted).map((entry) => ({ label: entry.key, value: entry.count, text: String(entry.count) }))} />}
      table={
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{view.column}</th>
              <th scope="col">{t('org.col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {view.counts.map((entry) => (
              <tr key={entry.key}>
                <th scope="row">{entry.key}</th>
                <td className="number">{entry.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  ));
}
