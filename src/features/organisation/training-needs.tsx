import { useId, useMemo, useState } from 'react';
import type { ItemShortfall } from '../../domain/organisation/organisation-aggregate';
import { itemGapAt } from '../../domain/organisation/organisation-aggregate';
import { pickText } from '../../domain/shared/localized-text';
import { everyTrainingNeed, peopleShortOn, planCoverage, type TrainingNeed } from '../../domain/organisation/organisation-needs';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { itemCodes, roleLabel, useRoleCodes } from './organisation-labels';
import { NeedsTable } from './needs-table';
import type { PersonView, RollupView } from './rollup-protocol';
import type { CsvDates } from './organisation-csv';
import { useOrganisationTranslation } from './use-organisation-translation';

/** The most people listed on screen; the CSV holds them all. */
export const needsShownOnScreen = 100;

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

/** Who needs what: the item chosen (null: the first item people are short on), every need for the CSV, and showing an item's list. */
export function useWhoNeedsWhat(
  rollup: RollupView,
  people: readonly PersonView[],
  selection: { ranking: readonly ItemShortfall[]; rowOf: (id: string) => number },
) {
  const [item, setItem] = useState<string | null>(null);
  const gapOf = useGapOf(rollup, selection.rowOf);
  const all = () =>
    everyTrainingNeed(
      people,
      selection.ranking.map((entry) => entry.item),
      (person, need) => gapOf(person, need.key),
    );
  const show = (key: string) => {
    setItem(key);
    requestAnimationFrame(() => document.getElementById('org-needs')?.focus());
  };
  return { item, setItem, all, show };
}

/**
 * Who needs what (issue 25): for an item of the ranking, the people below target on it (the people the filter lets
 * through), with their gap, the deadline where the item has one, and whether an action of their plan serves it; how
 * many are covered; the list as CSV.
 */
export function TrainingNeeds(props: {
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
  const needs: TrainingNeed<PersonView>[] = entry ? peopleShortOn(entry.item, people, (person) => gapOf(person, entry.item.key)) : [];
  const coverage = planCoverage(needs);
  // Each role's own code (E8/E9), never the section's name before a title that starts with it.
  const label = (item: ItemShortfall['item']) => `${itemCodes(item, codes)} ${pickText(item.title, language)}`;

  const save = () =>
    void Promise.all([import('./organisation-csv'), import('../../lib/csv')]).then(([csv, { toExcelCsv }]) => {
      const rows = csv.needsCsvRows(needs, (id) => roleLabel(id, profiles), codes, when);
      downloadBlob(
        new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }),
        `${safeFileName(fileStem, 'needs', entry?.item.key.replace(':', '-') ?? '')}.csv`,
      );
    });

  return (
    <section className="panel" id="org-needs" aria-labelledby="org-needs-title" tabIndex={-1}>
      <h2 id="org-needs-title">{t('org.needsTitle')}</h2>
      <p className="field__hint">{t('org.needsHint')}</p>
      {!entry ? (
        <p>{t('org.rankingEmpty')}</p>
      ) : (
        <>
          <p className="org-inline-field">
            <label htmlFor={choice}>{t('org.needsItem')}</label>{' '}
            <select id={choice} className="input" value={entry.item.key} onChange={(event) => onItem(event.target.value)}>
              {short.map((candidate) => (
                <option key={candidate.item.key} value={candidate.item.key}>
                  {t('org.needsOption', { item: label(candidate.item), count: candidate.below })}
                </option>
              ))}
            </select>
          </p>
          <p className="org-needs__coverage" aria-live="polite">
            {t('org.needsCoverage', {
              item: label(entry.item),
              count: coverage.needs,
              planned: coverage.planned,
              unplanned: coverage.needs - coverage.planned,
            })}
          </p>
          <p className="org-figure__actions">
            <button type="button" className="button button--secondary" onClick={save}>
              {t('org.exportNeeds')}
            </button>
          </p>
          {needs.length > needsShownOnScreen && <p className="field__hint">{t('org.needsShown', { shown: needsShownOnScreen, count: needs.length })}</p>}
          <NeedsTable needs={needs.slice(0, needsShownOnScreen)} label={t('org.needsTable', { item: label(entry.item) })} />
        </>
      )}
    </section>
  );
}
