import { formatLongDate } from '../../domain/calendar/calendar-date';
import { percent } from '../../lib/number-format';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { roleLabel } from './organisation-labels';
import type { PersonValue } from './people-cells';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

type Person = RollupView['people'][number];

/** The name cell: the name, the button that opens the row's details (the columns not shown), and earlier assessments. */
export function PersonName({ person, details, open, onToggle }: { person: Person; details: boolean; open: boolean; onToggle: () => void }) {
  const { language, t } = useOrganisationTranslation();
  const { profiles } = useProfileLibrary();
  const name = person.name || t('org.anonymous');
  return (
    <th scope="row">
      <span className="org-name">{name}</span>
      {details && (
        <button
          type="button"
          className="org-row-details"
          aria-expanded={open}
          aria-controls={open ? `org-person-${person.id}` : undefined}
          aria-label={t('org.rowDetailsOf', { name })}
          onClick={onToggle}
        >
          {t('org.rowDetails')}
        </button>
      )}
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
  );
}

/** A row's details: the columns the table does not show, as label and value, under the row. */
export function PersonDetails({ person, values, width }: { person: Person; values: PersonValue[]; width: number }) {
  return (
    <tr className="org-person-details" id={`org-person-${person.id}`}>
      <td colSpan={width}>
        <dl>
          {values.map((value) => (
            <div key={value.key}>
              <dt title={value.title}>{value.label}</dt>
              <dd>{value.value === '' ? '–' : value.value}</dd>
            </div>
          ))}
        </dl>
      </td>
    </tr>
  );
}
