import { itemColumns, ReportTableHead } from './report-table-head';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { changesSinceRequest } from '../../domain/files/review-changes';
import { selfRatingsSeen, rankDifferences, reviewComment } from '../../domain/scoring/review-compare';
import { RatingsChangedNote } from '../../ui/ratings-changed-note';
import { pickText } from '../../domain/shared/localized-text';
import type { Review } from '../../domain/assessment/review-schema';
import { differenceCells } from '../../i18n/review-label';
import { translateReport } from './messages';
import { translateChain } from '../../i18n/chain-messages';
import { SignatureLines } from './report-chain';
import type { ReportData } from './report-data';
import { Icon } from '../../ui/icon';

/** "Supervisor's opinion": who, when, the overall opinion, the plan, and self against supervisor item by item. */
export function ReportReview({ data, review }: { data: ReportData; review: Review }) {
  const { assessment, items, ratingScale, language } = data;
  const text = translateReport(language);
  const rows = rankDifferences(items, assessment, review, ratingScale.defaultTarget).filter((row) => row.self !== null || row.reviewer !== null);
  const notable = rows.filter((row) => row.notable).length;
  const seen = selfRatingsSeen(review, assessment);
  return (
    <section className="report__section report__review" aria-labelledby="report-review">
      <h2 id="report-review">{review.chain ? text('report.levelOpinion', { title: review.chain.levels[0] ?? '', number: 1 }) : text('report.reviewTitle')}</h2>
      {/* Who, the opinion, the verdicts and level 1's own signature with its date: one block, never split. */}
      <div className="report__opinion-block report__keep">
        <table className="report__facts">
          <tbody>
            <tr>
              <th scope="row">{text('report.reviewerName')}</th>
              <td>{review.reviewer.name}</td>
            </tr>
            <tr>
              <th scope="row">{text('report.position')}</th>
              <td>{review.reviewer.position}</td>
            </tr>
            <tr>
              <th scope="row">{text('report.reviewedOn')}</th>
              <td>{formatLongDate(review.reviewer.reviewedOn, language)}</td>
            </tr>
            <tr>
              <th scope="row">{text('report.verdict')}</th>
              <td>{translateChain(language)(review.verdict ? `verdict.${review.verdict}` : 'verdict.none')}</td>
            </tr>
            {seen !== null && (
              <tr>
                <th scope="row">{text('report.selfSeen')}</th>
                <td>{text(seen ? 'report.selfSeenYes' : 'report.selfSeenNo')}</td>
              </tr>
            )}
            <tr>
              <th scope="row">{text('report.overallOpinion')}</th>
              <td className="report__opinion">{review.overall || '—'}</td>
            </tr>
            <tr>
              <th scope="row">{text('report.planOpinion')}</th>
              <td>
                {text(review.plan.agreed ? 'report.planAgreed' : 'report.planNotAgreed')}
                {review.plan.comment ? ` · ${review.plan.comment}` : ''}
              </td>
            </tr>
          </tbody>
        </table>
        <SignatureLines
          data={data}
          role={review.chain?.levels[0] ?? text('report.supervisorSignature')}
          signed={{ name: review.reviewer.name, position: review.reviewer.position, signedOn: review.reviewer.reviewedOn }}
        />
      </div>
      <RatingsChangedNote
        since={changesSinceRequest(review, assessment, items, ratingScale.defaultTarget)}
        scale={ratingScale}
        language={language}
        className="report__flag"
      />
      <p className="report__caption">{text('report.differences', { count: notable })}</p>
      <table className="report__table report__differences">
        <ReportTableHead text={text} columns={[...itemColumns, 'report.supervisorRating', 'report.difference', 'report.comment']} />
        <tbody>
          {rows.map((row) => {
            const cells = differenceCells(row, assessment, review, ratingScale, language);
            return (
              <tr key={row.item.key} data-key={row.item.key} className={row.notable ? 'report__notable' : undefined}>
                <td className="report__code">{row.item.code}</td>
                <td>{pickText(row.item.title, language)}</td>
                <td className="report__word">{cells.target}</td>
                <td className="report__word">{cells.self}</td>
                <td className="report__word">{cells.reviewer}</td>
                <td className="report__word">
                  {row.notable ? (
                    <>
                      <Icon name="alert" />{' '}
                    </>
                  ) : null}
                  {cells.difference}
                </td>
                <td className="report__note">{reviewComment(review, row.item) ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The HR office's acknowledgement, with signature, name, position and date lines: filled when HR recorded its receipt. */
export function ReportHrAcknowledgement({ data, review }: { data: ReportData; review: Review }) {
  const text = translateReport(data.language);
  return (
    <section className="report__section report__keep report__hr" aria-labelledby="report-hr">
      <h2 id="report-hr">{text('report.hrTitle')}</h2>
      <p>{text('report.hrAcknowledged')}</p>
      {/* Not known in this copy (HR records receipt in their own): said, not left to read as missing. */}
      {!review.received && <p className="report__elsewhere">{text('report.hrElsewhere')}</p>}
      <SignatureLines data={data} role={text('report.hrRole')} signed={review.received ?? null} />
    </section>
  );
}
