import type { Language } from '../../domain/localized-text';
import type { PersonSummary } from '../../domain/organisation-people';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { translateOrganisation } from './messages';
import { deadlineText, roleLabel } from './organisation-labels';

/** The people of one deadline bucket, nearest first, at most `limit` of them: on screen and in the printed summary. */
export function BucketTable({ people, language, limit, className }: { people: readonly PersonSummary[]; language: Language; limit: number; className: string }) {
  const { profiles } = useProfileLibrary();
  const t = translateOrganisation(language);
  return (
    <table className={className}>
      <thead>
        <tr>
          <th scope="col">{t('org.col.name')}</th>
          <th scope="col">{t('org.col.position')}</th>
          <th scope="col">{t('org.col.agency')}</th>
          <th scope="col">{t('org.col.profileId')}</th>
          <th scope="col">{t('org.col.starredOutstanding')}</th>
          <th scope="col">{t('org.col.deadline')}</th>
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
