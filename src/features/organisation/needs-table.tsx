import { formatLongDate } from '../../domain/calendar/calendar-date';
import type { TrainingNeed } from '../../domain/organisation/organisation-needs';
import { level } from '../../lib/number-format';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { TableScroll } from '../../ui/table-scroll';
import { deadlineText, roleLabel } from './organisation-labels';
import type { PersonView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

/** The people short on one item: their gap, deadline and whether their plan has an action for it. */
export function NeedsTable({ needs, label }: { needs: readonly TrainingNeed<PersonView>[]; label: string }) {
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
          {needs.map((need) => (
            <tr key={need.person.id}>
              <th scope="row">{need.person.name || t('org.anonymous')}</th>
              <td>{need.person.agency}</td>
              <td>{roleLabel(need.person.profileId, profiles)}</td>
              <td className="number">{level(need.gap)}</td>
              <td>{need.deadline ? deadlineText(need.deadline, language, t) : '—'}</td>
              <td>
                {need.planned ? (
                  t('org.planAction', { status: t(`action.status.${need.planned.status}`), date: formatLongDate(need.planned.targetOn, language) })
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
