import { formatLongDate } from '../../domain/calendar/calendar-date';
import type { PersonShortfall } from '../../domain/organisation/organisation-shortfalls';
import { level } from '../../lib/number-format';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { TableScroll } from '../../ui/table-scroll';
import { deadlineText, roleLabel } from './organisation-labels';
import type { PersonView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

/** The people short on one item: their gap, deadline and whether their plan has an action for it. */
export function ShortfallTable({ shortfalls, label }: { shortfalls: readonly PersonShortfall<PersonView>[]; label: string }) {
  const { language, t } = useOrganisationTranslation();
  const { profiles } = useProfileLibrary();
  return (
    <TableScroll label={label}>
      <table className="org-table">
        <thead>
          <tr>
            <th scope="col">{t('org.col.name')}</th>
            <th scope="col">{t('org.col.agency')}</th>
            <th scope="col">{t('org.col.profileId')}</th>
            <th scope="col">{t('org.col.gap')}</th>
            <th scope="col">{t('org.col.dueBy')}</th>
            <th scope="col">{t('org.col.plan')}</th>
          </tr>
        </thead>
        <tbody>
          {shortfalls.map((shortfall) => (
            <tr key={shortfall.person.id}>
              <th scope="row">{shortfall.person.name || t('org.anonymous')}</th>
              <td>{shortfall.person.agency}</td>
              <td>{roleLabel(shortfall.person.profileId, profiles)}</td>
              <td className="number">{level(shortfall.gap)}</td>
              <td>{shortfall.deadline ? deadlineText(shortfall.deadline, language, t) : '—'}</td>
              <td>
                {shortfall.planned ? (
                  t('org.planAction', { status: t(`action.status.${shortfall.planned.status}`), date: formatLongDate(shortfall.planned.targetOn, language) })
                ) : (
                  <strong>{t('org.planNone')}</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
