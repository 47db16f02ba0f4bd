import type { ItemShortfall } from '../../domain/organisation-aggregate';
import { pickText } from '../../domain/localized-text';
import { level } from '../../lib/number-format';
import { BarDrawing } from './bar-drawing';
import { itemCode } from './organisation-labels';
import { OrgFigure } from './org-figure';
import { useOrganisationTranslation } from './use-organisation-translation';

const charted = 15;

/** Where the organisation is short: items by the number of people below target; the chart draws the top 15. */
export function ShortfallRanking({ ranking, fileStem }: { ranking: readonly ItemShortfall[]; fileStem: string }) {
  const { language, t } = useOrganisationTranslation();
  const short = ranking.filter((entry) => entry.below > 0);
  const top = short.slice(0, charted);
  return (
    <OrgFigure
      id="org-ranking"
      title={t('org.rankingTitle')}
      hint={`${t('org.rankingHint')} ${short.length === 0 ? t('org.rankingEmpty') : t('org.rankingChart', { count: top.length })}`}
      fileStem={fileStem}
      chart={<BarDrawing max={top[0]?.below ?? 0} bars={top.map((entry) => ({ label: `${entry.item.kind === 'unit' || entry.item.kind === 'criterion' ? `${entry.item.code} ` : ''}${pickText(entry.item.title, language)}`, value: entry.below, text: `${entry.below} / ${entry.required}` }))} />}
      table={
        <table className="org-table">
          <thead>
            <tr>
              <th scope="col">{t('org.col.code')}</th>
              <th scope="col">{t('org.col.item')}</th>
              <th scope="col">{t('org.col.below')}</th>
              <th scope="col">{t('org.col.required')}</th>
              <th scope="col">{t('org.col.totalGap')}</th>
              <th scope="col">{t('org.col.meanGap')}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((entry) => (
              <tr key={entry.item.key}>
                <td className="org-code">{itemCode(entry.item, t)}</td>
                <th scope="row">{pickText(entry.item.title, language)}</th>
                <td className="number">{entry.below}</td>
                <td className="number">{entry.required}</td>
                <td className="number">{level(entry.totalGap)}</td>
                <td className="number">{level(entry.meanGap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
