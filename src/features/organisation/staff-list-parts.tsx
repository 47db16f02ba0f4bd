import type { Ref } from 'react';
import type { StaffComparison } from '../../domain/organisation/staff-matching';
import { pickText } from '../../domain/shared/localized-text';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { TableScroll } from '../../ui/table-scroll';
import type { CsvDates } from './organisation-csv';
import type { PersonView } from './rollup-protocol';
import type { StaffList, StaffOutcomeState } from './staff-list-state';
import { useStaffTranslation } from './staff-messages';
import { NotListedTable, NotSentTable } from './staff-tables';

/** On screen, each list stops here: the CSV and the printout hold them all. */
const shownOnScreen = 50;
/** The rows not taken listed on screen: a list with more is not the file meant. */
const refusedShown = 100;

/** Where the outcome of a choice is said (focused once known): reading, the file refused, or what the list gave and the rows not taken. */
export function StaffOutcome({
  outcome,
  list,
  comparison,
  ref,
}: {
  outcome: StaffOutcomeState;
  list: StaffList | null;
  comparison: StaffComparison<PersonView> | null;
  ref: Ref<HTMLDivElement>;
}) {
  const { language, t } = useStaffTranslation();
  const refused = [...(list?.refused ?? []), ...(comparison?.repeated ?? [])];
  return (
    <div ref={ref} tabIndex={-1} className="org-staff__outcome">
      {outcome?.kind === 'reading' && <p role="status">{t('staff.reading')}</p>}
      {outcome?.kind === 'refused' && (
        <div className="notice" role="alert">
          <p>
            <strong>{t('staff.refusedFile', { file: outcome.file })}</strong>
          </p>
          <p>{pickText(outcome.reason, language)}</p>
          <p>{t('staff.unchanged')}</p>
        </div>
      )}
      {list && comparison && (
        <p role="status" className="org-summary-line">
          {t('staff.read', { file: list.file, count: comparison.sent + comparison.notSent.length, sent: comparison.sent, notSent: comparison.notSent.length })}
        </p>
      )}
      {list && list.ignoredColumns.length > 0 && <p className="field__hint">{t('staff.ignored', { columns: list.ignoredColumns.join(', ') })}</p>}
      {refused.length > 0 && (
        <details className="org-files" open>
          <summary>{t('staff.refusedRows', { count: refused.length })}</summary>
          <ul>
            {refused.slice(0, refusedShown).map((row) => (
              <li key={row.place.en}>
                <strong>
                  {pickText(row.place, language)}
                  {row.id ? ` (${row.id})` : ''}
                </strong>
                : {row.reasons.map((reason) => pickText(reason, language)).join('; ')}
              </li>
            ))}
          </ul>
          {refused.length > refusedShown && <p className="field__hint">{t('staff.moreRows', { count: refused.length - refusedShown })}</p>}
        </details>
      )}
    </div>
  );
}

/** The two lists, each capped on screen, with its CSV: on the list and no file sent; sent a file and not on the list. */
export function StaffLists({
  list,
  comparison,
  roleOf,
  fileStem,
  when,
}: {
  list: StaffList;
  comparison: StaffComparison<PersonView>;
  roleOf: (profileId: string) => string;
  fileStem: string;
  when: CsvDates;
}) {
  const { language, t } = useStaffTranslation();
  // The CSVs' code loads on the first click.
  const save = (which: 'not-sent' | 'not-listed') =>
    void Promise.all([import('./staff-csv'), import('../../lib/csv')]).then(([csv, { toExcelCsv }]) => {
      const rows =
        which === 'not-sent'
          ? csv.notSentCsvRows(comparison.notSent, roleOf, list.file, when)
          : csv.notListedCsvRows(comparison.notListed, roleOf, list.file, when);
      downloadBlob(new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }), `${safeFileName(fileStem, which)}.csv`);
    });
  const parts = [
    {
      key: 'not-sent',
      title: t('staff.notSentTitle', { count: comparison.notSent.length }),
      count: comparison.notSent.length,
      button: t('staff.exportNotSent'),
    },
    {
      key: 'not-listed',
      title: t('staff.notListedTitle', { count: comparison.notListed.length }),
      count: comparison.notListed.length,
      button: t('staff.exportNotListed'),
    },
  ] as const;
  return (
    <>
      {parts.map((part) => (
        <section key={part.key} aria-labelledby={`org-staff-${part.key}`}>
          <h3 id={`org-staff-${part.key}`}>{part.title}</h3>
          {part.count === 0 ? (
            <p>{t('staff.none')}</p>
          ) : (
            <>
              <p className="org-figure__actions">
                <button type="button" className="button button--secondary" onClick={() => save(part.key)}>
                  {part.button}
                </button>
              </p>
              <TableScroll label={part.title}>
                {part.key === 'not-sent' ? (
                  <NotSentTable entries={comparison.notSent} roleOf={roleOf} language={language} limit={shownOnScreen} className="org-table" />
                ) : (
                  <NotListedTable people={comparison.notListed} roleOf={roleOf} language={language} limit={shownOnScreen} className="org-table" />
                )}
              </TableScroll>
              {part.count > shownOnScreen && <p className="field__hint">{t('staff.more', { count: part.count - shownOnScreen })}</p>}
            </>
          )}
        </section>
      ))}
    </>
  );
}
