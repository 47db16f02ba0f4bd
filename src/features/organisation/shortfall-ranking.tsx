import type { ItemShortfall } from '../../domain/organisation/organisation-aggregate';
import { useState } from 'react';
import { pickText, type Language } from '../../domain/shared/localized-text';
import { sortRows } from '../../domain/organisation/organisation-people-view';
import { SortHeader, type TableSort } from './sort-header';
import { level } from '../../lib/number-format';
import { BarDrawing } from './bar-drawing';
import { itemCode, type OrganisationTranslate } from './organisation-labels';
import { OrgFigure } from './org-figure';
import { useOrganisationTranslation } from './use-organisation-translation';

const charted = 15;
const rankingColumns = ['code', 'item', 'below', 'required', 'totalGap', 'meanGap'] as const;
type RankingColumn = (typeof rankingColumns)[number];
const rankingOrder: TableSort<RankingColumn> = { key: 'below', direction: 'descending' };

function rankingValue(entry: ItemShortfall, column: RankingColumn, language: Language, t: OrganisationTranslate): string | number {
  if (column === 'code') return itemCode(entry.item, t);
  if (column === 'item') return pickText(entry.item.title, language);
  return entry[column];
}

/** Where the organisation is short: items by the number of people below target; the chart draws the top 15, the table sorts by any column. */
export function ShortfallRanking({ ranking, fileStem, onWho }: { ranking: readonly ItemShortfall[]; fileStem: string; onWho: (key: string) => void }) {
  const { language, t } = useOrganisationTranslation();
  const [sort, setSort] = useState<TableSort<RankingColumn>>(rankingOrder);
  // The ranking comes most people short first: only another order sorts it again.
  const rows = sort === rankingOrder ? ranking : sortRows(ranking, (entry) => rankingValue(entry, sort.key, language, t), sort.direction, language);
  const short = ranking.filter((entry) => entry.below > 0);
  const top = short.slice(0, charted);
  return (
    <OrgFigure
      id="org-ranking"
      title={t('org.rankingTitle')}
      hint={`${t('org.rankingHint')} ${short.length === 0 ? t('org.rankingEmpty') : t('org.rankingChart', { count: top.length })}`}
      fileStem={fileStem}
      chart={
        <BarDrawing
          max={top[0]?.below ?? 0}
          bars={top.map((entry) => ({
            label: `${entry.item.kind === 'unit' || entry.item.kind === 'criterion' ? `${entry.item.code} ` : ''}${pickText(entry.item.title, language)}`,
            value: entry.below,
            text: `${entry.below} / ${entry.required}`,
          }))}
        />
      }
      table={
        <table className="org-table">
          <thead>
            <tr>
              {rankingColumns.map((column) => (
                <SortHeader
                  key={column}
                  column={column}
                  label={t(`org.col.${column}`)}
                  sort={sort}
                  onSort={setSort}
                  first={column === 'code' || column === 'item' ? 'ascending' : 'descending'}
                />
              ))}
              <th scope="col">{t('org.col.who')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.item.key}>
                <td className="org-code">{itemCode(entry.item, t)}</td>
                <th scope="row">{pickText(entry.item.title, language)}</th>
                <td className="number">{entry.below}</td>
                <td className="number">{entry.required}</td>
                <td className="number">{level(entry.totalGap)}</td>
                <td className="number">{level(entry.meanGap)}</td>
                <td>
                  {entry.below > 0 && (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('org.whoLabel', { item: `${itemCode(entry.item, t)} ${pickText(entry.item.title, language)}` })}
                      onClick={() => onWho(entry.item.key)}
                    >
                      {t('org.who')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
