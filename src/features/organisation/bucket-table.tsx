import type { Language } from '../../domain/shared/localized-text';
import type { PersonSummary } from '../../domain/organisation/organisation-people';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { translateOrganisation } from './messages';
import { deadlineText, roleLabel } from './organisation-labels';
import { SortHeader } from './sort-header';
import type { PeopleSort, PeopleSortKey } from '../../domain/organisation/organisation-people-view';

/** The people of one deadline bucket (nearest first unless sorted otherwise), at most `limit` of them: on screen and in the printed summary. */
export function BucketTable(props: {
  people: readonly PersonSummary[];
  language: Language;
  limit: number;
  className: string;
  sort?: PeopleSort;
  onSort?: (sort: PeopleSort) => void;
}) {
  const { people, language, limit, className, sort, onSort } = props;
  const { profiles } = useProfileLibrary();
  const t = translateOrganisation(language);
  // On screen the columns sort (all three buckets together); on paper they are plain headers.
  const header = (column: Extract<PeopleSortKey, 'name' | 'agency' | 'profileId' | 'starredOutstanding' | 'deadline'>) =>
    sort && onSort ? (
      <SortHeader
        column={column}
        label={t(`org.col.${column}`)}
        sort={sort}
        onSort={onSort}
        first={column === 'starredOutstanding' ? 'descending' : 'ascending'}
      />
    ) : (
      <th scope="col">{t(`org.col.${column}`)}</th>
    );
  return (
    <table className={className}>
      <thead>
        <tr>
          {header('name')}
          <th scope="col">{t('org.col.position')}</th>
          {header('agency')}
          {header('profileId')}
          {header('starredOutstanding')}
          {header('deadline')}
        </tr>
      </thead>
      <tbody>
        {people.slice(0, limit).map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.name || t('org.anonymous')}</th>
            <td>{person.position}</td>
            <td>{person.agency}</td>
            <td>{roleLabel(person.profileId, profiles)}</td>
            <td className="number">{person.starredOutstanding}</td>
            <td>{deadlineText(person.nearestDeadline, language, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
