import type { ReadinessGroup } from '../../domain/gaps';
import type { PeopleSort, PeopleSortKey } from '../../domain/organisation-people-view';
import { formatLongDate } from '../../domain/calendar-date';
import { percent } from '../../lib/number-format';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { TableScroll } from '../../ui/table-scroll';
import { deadlineText, groupLabel, groupTitle, roleLabel } from './organisation-labels';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';
import { Icon } from '../../ui/icon';

type Person = RollupView['people'][number];

/** One page of the filtered, sorted people: sortable column headers; the rest of the people are a page away. */
export function PeopleTable(props: { people: readonly Person[]; groups: readonly ReadinessGroup[]; sort: PeopleSort; onSort: (sort: PeopleSort) => void }) {
  const { people, groups, sort, onSort } = props;
  const { catalogue, profiles } = useProfileLibrary();
  const { language, t } = useOrganisationTranslation();

  function header(key: PeopleSortKey) {
    const active = sort.key === key;
    const label = t(`org.col.${key}`);
    return (
      <th scope="col" aria-sort={active ? sort.direction : undefined}>
        <button
          type="button"
          className="org-sort"
          onClick={() => onSort({ key, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' })}
          aria-label={`${label}: ${t('org.sortBy', { column: label })}`}
        >
          {label}
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
              <th key={group} scope="col" title={groupTitle(group, catalogue, language, t)}>
                {groupLabel(group, t)}
              </th>
            ))}
            {header('starredOutstanding')}
            {header('deadline')}
            <th scope="col">{t('org.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name || t('org.anonymous')}</th>
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
                <span className={`org-status org-status--${person.status}`}>{t(`org.status.${person.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
