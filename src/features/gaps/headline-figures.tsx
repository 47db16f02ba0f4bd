import type { GapAnalysis, ReadinessGroup } from '../../domain/scoring/gaps';
import { daysLeftText, deadlineStatusName } from '../../i18n/deadline-messages';
import { percent } from '../../lib/number-format';
import { DeadlineStatusIcon } from '../../ui/deadline-status-icon';
import { TableScroll } from '../../ui/table-scroll';
import { useGapsTranslation } from './use-gaps-translation';
import { formatLongDate } from '../../domain/calendar/calendar-date';

/** The few numbers a CIO would put first, and readiness by group as a table. */
export function HeadlineFigures({ analysis, nameOf }: { analysis: GapAnalysis; nameOf: (group: ReadinessGroup) => string }) {
  const { language, t } = useGapsTranslation();
  const nearest = analysis.starred.nearestDeadline;
  return (
    <section className="panel" aria-labelledby="headline-title">
      <h2 id="headline-title">{t('gaps.headline')}</h2>
      <dl className="headline">
        <div data-figure="overall">
          {/* Readiness counts only the items rated: while some are not, the label says how many, beside the figure. */}
          <dt>
            {t('gaps.overall')}
            {analysis.overall.rated < analysis.overall.total && (
              <span className="headline__partial"> {t('gaps.partial', { rated: analysis.overall.rated, total: analysis.overall.total })}</span>
            )}
          </dt>
          <dd>{percent(analysis.overall.readiness)}</dd>
        </div>
        <div data-figure="rated">
          <dt>{t('gaps.rated')}</dt>
          <dd>{t('gaps.ofTotal', { rated: analysis.overall.rated, total: analysis.overall.total })}</dd>
        </div>
        <div data-figure="below-target">
          <dt>{t('gaps.belowTarget')}</dt>
          <dd>{analysis.belowTarget}</dd>
        </div>
        <div data-figure="starred">
          <dt>{t('gaps.starredOutstanding')}</dt>
          <dd>{t('gaps.ofTotal', { rated: analysis.starred.outstanding, total: analysis.starred.total })}</dd>
        </div>
        <div data-figure="nearest-deadline">
          <dt>{t('gaps.nearestDeadline')}</dt>
          <dd>
            {nearest ? (
              <>
                <span className="headline__date">{formatLongDate(nearest.date, language)}</span>
                <span className="headline__status">
                  <DeadlineStatusIcon status={nearest.status} /> {deadlineStatusName(t, nearest.status)} · {daysLeftText(t, nearest.daysLeft)}
                </span>
              </>
            ) : (
              t('gaps.noDeadline')
            )}
          </dd>
        </div>
      </dl>
      <TableScroll label={t('gaps.readiness')}>
        <table className="numbers">
          <caption>{t('gaps.readiness')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.group')}</th>
              <th scope="col">{t('gaps.readiness')}</th>
              <th scope="col">{t('gaps.rated')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.groups.map(({ group, readiness }) => (
              <tr key={group} data-group={group}>
                <th scope="row">{nameOf(group)}</th>
                <td>{percent(readiness.readiness)}</td>
                <td>{t('gaps.ofTotal', { rated: readiness.rated, total: readiness.total })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
