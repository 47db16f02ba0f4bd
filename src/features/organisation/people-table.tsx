import type { ReadinessGroup } from '../../domain/scoring/gaps';
import type { PeopleColumn, PeopleSort } from '../../domain/organisation/organisation-people-view';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { percent } from '../../lib/number-format';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { TableScroll } from '../../ui/table-scroll';
import { deadlineText, groupLabel, groupTitle, personStatusName, roleLabel } from './organisation-labels';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';
import { SortHeader } from './sort-header';

type Person = RollupView['people'][number];

/** One page of the filtered, sorted people: every column but the position and status sorts; the rest of the people are a page away. */
export function PeopleTable(props: { people: readonly Person[]; groups: readonly ReadinessGroup[]; sort: PeopleSort; onSort: (sort: PeopleSort) => void }) {
  const { people, groups, sort, onSort } = props;
  const { catalogue, profiles } = useProfileLibrary();
  const { language, t } = useOrganisationTranslation();

  const header = (key: PeopleColumn) => <SortHeader column={key} label={t(`org.col.${key}`)} sort={sort} onSort={onSort} />;

  return (
    <TableScroll label={t('org.peopleTitle')}>
      <table className="org-table org-people">
        <thead>
          <tr>
            {header('name')}
            <th scope="col">{t('org.col.position')}</th>
            {header('agency')}
            {header('profileId')}
            {header('appointedOn')}
            {header('assessedOn')}
            {header('overall')}
            {groups.map((group) => (
              <SortHeader
                key={group}
                column={`group:${group}`}
                label={groupLabel(group, t)}
                title={groupTitle(group, catalogue, language, t)}
                sort={sort}
                onSort={onSort}
              />
            ))}
            {header('starredOutstanding')}
            {header('deadline')}
            <th scope="col">{t('org.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <span className="org-name">{person.name || t('org.anonymous')}</span>
                {person.earlier.length > 0 && (
                  <details className="org-earlier">
                    <summary>{t('org.earlier', { count: person.earlier.length })}</summary>
                    <ul>
                      {person.earlier.map((entry) => (
                        <li key={entry.id}>
                          {t('org.assessmentLine', {
                            date: formatLongDate(entry.assessedOn, language),
                            role: roleLabel(entry.profileId, profiles),
                            agency: entry.agency,
                            file: entry.file,
                          })}
                          {': '}
                          {entry.overall === null ? t('org.notRated') : percent(entry.overall)}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </th>
              <td>{person.position}</td>
              <td>{person.agency}</td>
              <td>{roleLabel(person.profileId, profiles)}</td>
              <td>{formatLongDate(person.appointedOn, language)}</td>
              <td>{formatLongDate(person.assessedOn, language)}</td>
              <td className="number">{person.overall === null ? t('org.notRated') : percent(person.overall)}</td>
              {groups.map((group) => (
                <td key={group} className="number">
                  {group in person.groups ? percent(person.groups[group] ?? null) : ''}
                </td>
              ))}
              <td className="number">
                {person.starredOutstanding} / {person.starredTotal}
              </td>
              <td>{deadlineText(person.nearestDeadline, language, t)}</td>
              <td>
                <span className={`org-status org-status--${person.status}`}>{personStatusName(person.status, t)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
