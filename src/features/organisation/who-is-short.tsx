import { useId, useMemo } from 'react';
import type { ItemShortfall } from '../../domain/organisation/organisation-aggregate';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { itemGapAt } from '../../domain/organisation/organisation-aggregate';
import { pickText } from '../../domain/shared/localized-text';
import { peopleShortOn, planCoverage, type PersonShortfall } from '../../domain/organisation/organisation-shortfalls';
import { level } from '../../lib/number-format';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { TableScroll } from '../../ui/table-scroll';
import { deadlineText, itemCodes, roleLabel, useRoleCodes } from './organisation-labels';
import type { PersonView, RollupView } from './rollup-protocol';
import type { CsvDates } from './organisation-csv';
import { useOrganisationTranslation } from './use-organisation-translation';

/** The most people listed on screen; the CSV holds them all. */
export const shortShownOnScreen = 100;

/** A person's gap on an item, from the item gap matrix (null: their role lacks it). */
export function useGapOf(rollup: RollupView, rowOf: (id: string) => number) {
  return useMemo(() => {
    const columns = new Map(rollup.itemKeys.map((key, index) => [key, index]));
    return (person: PersonView, key: string) => {
      const column = columns.get(key);
      return column === undefined ? null : itemGapAt(rollup.itemGaps, rollup.itemKeys.length, rowOf(person.id), column);
    };
  }, [rollup, rowOf]);
}

/**
 * Who is short of what (issue 25): for an item of the ranking, the people below target on it (the people the filter lets
 * through), with their gap, the deadline where the item has one, and whether an action of their plan serves it; how
 * many are covered; the list as CSV.
 */
export function WhoIsShort(props: {
  rollup: RollupView;
  people: readonly PersonView[];
  ranking: readonly ItemShortfall[];
  rowOf: (id: string) => number;
  itemKey: string | null;
  onItem: (key: string | null) => void;
  fileStem: string;
  when: CsvDates;
}) {
  const { rollup, people, ranking, rowOf, itemKey, onItem, fileStem, when } = props;
  const { language, t } = useOrganisationTranslation();
  const { profiles } = useProfileLibrary();
  const codes = useRoleCodes();
  const choice = useId();
  const gapOf = useGapOf(rollup, rowOf);
  const short = ranking.filter((entry) => entry.below > 0);
  const entry = short.find((candidate) => candidate.item.key === itemKey) ?? short[0];
  // One pass over the people shown (a few ms for 10,000), when the item, the filter or the roll-up changes.
  const shortfalls: PersonShortfall<PersonView>[] = entry ? peopleShortOn(entry.item, people, (person) => gapOf(person, entry.item.key)) : [];
  const coverage = planCoverage(shortfalls);
  // Each role's own code (E8/E9), never the section's name before a title that starts with it.
  const label = (item: ItemShortfall['item']) => `${itemCodes(item, codes)} ${pickText(item.title, language)}`;

  const save = () =>
    void Promise.all([import('./organisation-csv'), import('../../lib/csv')]).then(([csv, { toExcelCsv }]) => {
      const rows = csv.shortfallCsvRows(shortfalls, (id) => roleLabel(id, profiles), codes, when);
      downloadBlob(
        new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }),
        `${safeFileName(fileStem, 'shortfalls', entry?.item.key.replace(':', '-') ?? '')}.csv`,
      );
    });

  return (
    <section className="panel" id="org-short" aria-labelledby="org-short-title" tabIndex={-1}>
      <h2 id="org-short-title">{t('org.shortTitle')}</h2>
      <p className="field__hint">{t('org.shortHint')}</p>
      {!entry ? (
        <p>{t('org.rankingEmpty')}</p>
      ) : (
        <>
          <p className="org-inline-field">
            <label htmlFor={choice}>{t('org.shortItem')}</label>{' '}
            <select id={choice} className="input" value={entry.item.key} onChange={(event) => onItem(event.target.value)}>
              {short.map((candidate) => (
                <option key={candidate.item.key} value={candidate.item.key}>
                  {t('org.shortOption', { item: label(candidate.item), count: candidate.below })}
                </option>
              ))}
            </select>
          </p>
          <p className="org-short__coverage" aria-live="polite">
            {t('org.shortCoverage', {
              item: label(entry.item),
              count: coverage.shortfalls,
              planned: coverage.planned,
              unplanned: coverage.shortfalls - coverage.planned,
            })}
          </p>
          <p className="org-figure__actions">
            <button type="button" className="button button--secondary" onClick={save}>
              {t('org.exportShort')}
            </button>
          </p>
          {shortfalls.length > shortShownOnScreen && (
            <p className="field__hint">{t('org.shortShown', { shown: shortShownOnScreen, count: shortfalls.length })}</p>
          )}
          <TableScroll label={t('org.shortTable', { item: label(entry.item) })}>
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
                {shortfalls.slice(0, shortShownOnScreen).map((shortfall) => (
                  <tr key={shortfall.person.id}>
                    <th scope="row">{shortfall.person.name || t('org.anonymous')}</th>
                    <td>{shortfall.person.agency}</td>
                    <td>{roleLabel(shortfall.person.profileId, profiles)}</td>
                    <td className="number">{level(shortfall.gap)}</td>
                    <td>{shortfall.deadline ? deadlineText(shortfall.deadline, language, t) : '—'}</td>
                    <td>
                      {shortfall.planned ? (
                        t('org.planAction', {
                          status: t(`action.status.${shortfall.planned.status}`),
                          date: formatLongDate(shortfall.planned.targetOn, language),
                        })
                      ) : (
                        <strong>{t('org.planNone')}</strong>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
