import { useId, useMemo, useState } from 'react';
import type { ItemShortfall } from '../../domain/organisation/organisation-aggregate';
import { itemGapAt } from '../../domain/organisation/organisation-aggregate';
import { pickText } from '../../domain/shared/localized-text';
import { everyShortfall, peopleShortOn, planCoverage, type PersonShortfall } from '../../domain/organisation/organisation-shortfalls';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { itemCodes, roleLabel, useRoleCodes } from './organisation-labels';
import { ShortfallTable } from './shortfall-table';
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

/** Who is short of what: the item chosen (null: the first item people are short on), every shortfall for the CSV, and showing an item's list. */
export function useWhoIsShort(
  rollup: RollupView,
  people: readonly PersonView[],
  selection: { ranking: readonly ItemShortfall[]; rowOf: (id: string) => number },
) {
  const [item, setItem] = useState<string | null>(null);
  const gapOf = useGapOf(rollup, selection.rowOf);
  const all = () =>
    everyShortfall(
      people,
      selection.ranking.map((entry) => entry.item),
      (person, item) => gapOf(person, item.key),
    );
  const show = (key: string) => {
    setItem(key);
    requestAnimationFrame(() => document.getElementById('org-short')?.focus());
  };
  return { item, setItem, all, show };
}

/**
 * The people short on `item`: one pass over the people the filter lets through (a few ms for 10,000), when the item,
 * the filter or the roll-up changes; not when the table is sorted (the people come in the roll-up's order), nor on any
 * other render.
 */
function useShortfalls(item: ItemShortfall['item'] | undefined, people: readonly PersonView[], gapOf: ReturnType<typeof useGapOf>) {
  return useMemo((): PersonShortfall<PersonView>[] => (item ? peopleShortOn(item, people, (person) => gapOf(person, item.key)) : []), [item, people, gapOf]);
}

/**
 * Who is short of what (issue 25): for an item of the ranking, the people below target on it (`people`: those the filter
 * lets through, in the roll-up's order, so that sorting the table changes nothing here), with their gap, the deadline
 * where the item has one, and whether an action of their plan serves it; how many are covered; the list as CSV.
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
  const shortfalls = useShortfalls(entry?.item, people, gapOf);
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
          <ShortfallTable shortfalls={shortfalls.slice(0, shortShownOnScreen)} label={t('org.shortTable', { item: label(entry.item) })} />
        </>
      )}
    </section>
  );
}
