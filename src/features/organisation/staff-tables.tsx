import { pickText, type Language } from '../../domain/shared/localized-text';
import type { StaffEntry } from '../../domain/files/staff-list';
import type { PersonView } from './rollup-protocol';
import { translateStaff } from './staff-messages';

/** Who on the staff list sent nothing, at most `limit` of them (all in print): their row in the list, name, position, agency, role. */
export function NotSentTable({
  entries,
  roleOf,
  language,
  limit,
  className,
}: {
  entries: readonly StaffEntry[];
  roleOf: (profileId: string) => string;
  language: Language;
  limit: number;
  className: string;
}) {
  const t = translateStaff(language);
  return (
    <table className={className}>
      <thead>
        <tr>
          <th scope="col">{t('staff.col.name')}</th>
          <th scope="col">{t('staff.col.position')}</th>
          <th scope="col">{t('staff.col.agency')}</th>
          <th scope="col">{t('staff.col.role')}</th>
          <th scope="col">{t('staff.col.place')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.slice(0, limit).map((entry) => (
          <tr key={entry.place.en}>
            <th scope="row">{entry.name}</th>
            <td>{entry.position ?? ''}</td>
            <td>{entry.agency}</td>
            <td>{entry.role ? roleOf(entry.role) : ''}</td>
            <td>{pickText(entry.place, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who sent a file but is not on the staff list, at most `limit` of them (all in print): name, position, agency, role, file. */
export function NotListedTable({
  people,
  roleOf,
  language,
  limit,
  className,
}: {
  people: readonly PersonView[];
  roleOf: (profileId: string) => string;
  language: Language;
  limit: number;
  className: string;
}) {
  const t = translateStaff(language);
  return (
    <table className={className}>
      <thead>
        <tr>
          <th scope="col">{t('staff.col.name')}</th>
          <th scope="col">{t('staff.col.position')}</th>
          <th scope="col">{t('staff.col.agency')}</th>
          <th scope="col">{t('staff.col.role')}</th>
          <th scope="col">{t('staff.col.file')}</th>
        </tr>
      </thead>
      <tbody>
        {people.slice(0, limit).map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.name}</th>
            <td>{person.position}</td>
            <td>{person.agency}</td>
            <td>{roleOf(person.profileId)}</td>
            <td>{person.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
