import { radarPoints } from '../../domain/scoring/gaps';
import { gapBasisOf } from '../../domain/scoring/review-compare';
import { basisName, basisStatement } from '../../i18n/basis-name';
import { percent } from '../../lib/number-format';
import { RadarDrawing } from '../../ui/radar-drawing';
import { itemLabel } from '../../domain/assessment/assessment-items';
import { translateReport } from './messages';
import { deadlineStatusName } from '../../i18n/deadline-messages';
import type { ReportData } from './report-data';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { DeadlineStatusIcon } from '../../ui/deadline-status-icon';

/** Overall readiness, the headline figures, the radar and readiness by group. */
export function ReportSummary({ data }: { data: ReportData }) {
  const { basisAnalysis: analysis, assessment, language } = data;
  const text = translateReport(language);
  const radar = radarPoints(analysis);
  const basisView = gapBasisOf(assessment).view;
  return (
    <section className="report__section report__summary" aria-labelledby="report-summary">
      <h2 id="report-summary">{text('report.summary')}</h2>
      {/* With a review there is a choice of figures, so the paper says which; without one they are the self-assessment's. */}
      {(assessment.reviews ?? []).length > 0 && (
        <p className="report__basis-of-figures" data-basis={basisView}>
          {basisStatement(assessment, language, 'printed')}
        </p>
      )}
      <ReportFigures data={data} />
      <p className="report__rule">{text('report.readinessRule')}</p>
      <div className="report__charts">
        <figure className="report__radar">
          <RadarDrawing
            data={radar}
            targetLabel={text('report.radarTarget')}
            selfLabel={basisView === 'self' ? text('report.radarSelf') : basisName(assessment, language)}
            width={330}
            height={290}
          />
          <figcaption>{text('report.radarTitle')}</figcaption>
        </figure>
        <ReadinessByGroup data={data} />
      </div>
    </section>
  );
}

/** The headline figures: overall readiness, items rated, below target, starred experiences outstanding. */
function ReportFigures({ data }: { data: ReportData }) {
  const { basisAnalysis: analysis, language } = data;
  const text = translateReport(language);
  const nearest = analysis.starred.nearestDeadline;
  return (
    <dl className="report__figures">
      <div>
        <dt>
          {text('report.overall')}
          {analysis.overall.rated < analysis.overall.total && (
            <span className="report__partial"> {text('report.partial', { rated: analysis.overall.rated, total: analysis.overall.total })}</span>
          )}
        </dt>
        <dd data-figure="overall">{percent(analysis.overall.readiness)}</dd>
      </div>
      <div>
        <dt>{text('report.rated')}</dt>
        <dd>{text('report.ofTotal', { rated: analysis.overall.rated, total: analysis.overall.total })}</dd>
      </div>
      <div>
        <dt>{text('report.belowTarget')}</dt>
        <dd>{analysis.belowTarget}</dd>
      </div>
      <div>
        <dt>{text('report.starredOutstanding')}</dt>
        <dd>
          {text('report.ofTotal', { rated: analysis.starred.outstanding, total: analysis.starred.total })}
          {nearest && (
            <span className="report__nearest">
              {text('report.nearestDeadline')} {formatLongDate(nearest.date, language)} · <DeadlineStatusIcon status={nearest.status} />{' '}
              {deadlineStatusName(text, nearest.status)}
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}

/** Readiness by skill group, beside the radar. */
function ReadinessByGroup({ data }: { data: ReportData }) {
  const { basisAnalysis: analysis, catalogue, language } = data;
  const text = translateReport(language);
  const groupName = (code: string) => {
    const group = catalogue.groups.find((candidate) => candidate.code === code);
    if (group) return itemLabel(group, language);
    return text(code === 'knowledge' ? 'report.section.knowledge' : code === 'experience' ? 'report.section.experience' : 'report.section.behavioural');
  };
  return (
    <table className="report__table report__readiness">
      <caption>{text('report.readinessByGroup')}</caption>
      <thead>
        <tr>
          <th scope="col">{text('report.group')}</th>
          <th scope="col">{text('report.readiness')}</th>
          <th scope="col">{text('report.rated')}</th>
        </tr>
      </thead>
      <tbody>
        {analysis.groups.map((entry) => (
          <tr key={entry.group}>
            <th scope="row">{groupName(entry.group)}</th>
            <td>{percent(entry.readiness.readiness)}</td>
            <td>{text('report.ofTotal', { rated: entry.readiness.rated, total: entry.readiness.total })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
