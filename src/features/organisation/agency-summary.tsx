import { useMemo } from 'react';
import { agencySummaries } from '../../domain/organisation/organisation-agencies';
import type { notSentByAgency } from '../../domain/organisation/staff-matching';
import { percent } from '../../lib/number-format';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { TableScroll } from '../../ui/table-scroll';
import type { CsvDates } from './organisation-csv';
import type { OrganisationTranslate } from './organisation-labels';
import type { PersonView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

/** How many on the staff list sent nothing, by agency; null without a staff list (staff-matching.ts). */
export type NotSent = ReturnType<typeof notSentByAgency> | null;

/**
 * The summary by agency (issue 25): people, mean readiness, items below target, people overdue and, with a staff
 * list, how many on it have not sent a file; on screen and as CSV.
 */
export function AgencySummary({ people, notSent, fileStem, when }: { people: readonly PersonView[]; notSent: NotSent; fileStem: string; when: CsvDates }) {
  const { language, t } = useOrganisationTranslation();
  const rows = useMemo(() => agencySummaries(people, new Intl.Collator(language).compare, notSent ?? undefined), [people, language, notSent]);
  const save = () =>
    void Promise.all([import('./organisation-csv'), import('../../lib/csv')]).then(([csv, { toExcelCsv }]) => {
      downloadBlob(new Blob([toExcelCsv(csv.agencyCsvRows(rows, when))], { type: 'text/csv;charset=utf-8' }), `${safeFileName(fileStem, 'agencies')}.csv`);
    });
  return (
    <section className="panel" aria-labelledby="org-agencies-title">
      <h2 id="org-agencies-title">{t('org.agenciesTitle')}</h2>
      <p className="field__hint">{t('org.agenciesHint', { count: rows.length })}</p>
      <p className="field__hint">{t('org.readinessNote')}</p>
      <p className="field__hint">{t(notSent ? 'org.notSentHint' : 'org.notSentNoList')}</p>
      <p className="org-figure__actions">
        <button type="button" className="button button--secondary" onClick={save}>
          {t('org.exportAgencies')}
        </button>
      </p>
      <TableScroll label={t('org.agenciesTable')}>
        <AgencyTable rows={rows} t={t} className="org-table org-agencies" />
      </TableScroll>
    </section>
  );
}

/** The agencies' table, on screen and in print. */
export function AgencyTable({ rows, t, className }: { rows: ReturnType<typeof agencySummaries>; t: OrganisationTranslate; className: string }) {
  return (
    <table className={className}>
      <thead>
        <tr>
          <th scope="col">{t('org.col.agency')}</th>
          <th scope="col">{t('org.people')}</th>
          <th scope="col">{t('org.meanReadiness')}</th>
          <th scope="col">{t('org.partlyRated')}</th>
          <th scope="col">{t('org.belowTarget')}</th>
          <th scope="col">{t('org.overdueCount')}</th>
          <th scope="col">{t('org.notSent')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.agency}>
            <th scope="row">{row.agency || t('org.noAgency')}</th>
            <td className="number">{row.people}</td>
            <td className="number">{percent(row.meanReadiness)}</td>
            <td className="number">{row.partlyRated}</td>
            <td className="number">{row.belowTarget}</td>
            <td className="number">{row.byStatus.overdue}</td>
            <td className="number">{row.notSent ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
