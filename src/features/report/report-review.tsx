import type { ReactNode } from 'react';
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

/**
 * Level 1's opinion ("Supervisor's opinion"): who, when, the verdict, whether the self-ratings were seen, the overall
 * opinion and the plan, with its signature: one block, never split. The item-by-item comparison prints just before
 * it (ReportDifferences), so that the chain's opinions stay together (issue 26, third trial).
 */
export function ReportReview({ data, review }: { data: ReportData; review: Review }) {
  const { assessment, language } = data;
  const text = translateReport(language);
  const seen = selfRatingsSeen(review, assessment);
  // A reviewer not shown the self-ratings is not asked to judge them; a verdict in an older file still prints (decision 024).
  const verdictRow = seen !== false || review.verdict !== undefined;
  return (
    <section className="report__section report__review" aria-labelledby="report-review">
      <h2 id="report-review">{review.chain ? text('report.levelOpinion', { title: review.chain.levels[0] ?? '', number: 1 }) : text('report.reviewTitle')}</h2>
      <div className="report__opinion-block report__keep">
        <table className="report__facts">
          <tbody>
            <FactRow label={text('report.reviewerName')}>{review.reviewer.name}</FactRow>
            <FactRow label={text('report.position')}>{review.reviewer.position}</FactRow>
            <FactRow label={text('report.reviewedOn')}>{formatLongDate(review.reviewer.reviewedOn, language)}</FactRow>
            {verdictRow && (
              <FactRow label={text('report.verdict')}>{translateChain(language)(review.verdict ? `verdict.${review.verdict}` : 'verdict.none')}</FactRow>
            )}
            {seen !== null && <FactRow label={text('report.selfSeen')}>{text(seen ? 'report.selfSeenYes' : 'report.selfSeenNo')}</FactRow>}
            <FactRow label={text('report.overallOpinion')} className="report__opinion">
              {review.overall || '—'}
            </FactRow>
            <FactRow label={text('report.planOpinion')}>
              {text(review.plan.agreed ? 'report.planAgreed' : 'report.planNotAgreed')}
              {review.plan.comment ? ` · ${review.plan.comment}` : ''}
            </FactRow>
          </tbody>
        </table>
        <SignatureLines
          data={data}
          role={review.chain?.levels[0] ?? text('report.supervisorSignature')}
          signed={{ name: review.reviewer.name, position: review.reviewer.position, signedOn: review.reviewer.reviewedOn }}
        />
      </div>
    </section>
  );
}

function FactRow({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className={className}>{children}</td>
    </tr>
  );
}

/** Self against the reviewer item by item, under its own heading, before level 1's opinion; the "changed" note above it. */
export function ReportDifferences({ data, review }: { data: ReportData; review: Review }) {
  const { assessment, items, ratingScale, language } = data;
  const text = translateReport(language);
  const rows = rankDifferences(items, assessment, review, ratingScale.defaultTarget).filter((row) => row.self !== null || row.reviewer !== null);
  const notable = rows.filter((row) => row.notable).length;
  return (
    <section className="report__section report__differences-section" aria-labelledby="report-differences">
      {/* Heading, note and caption one block that goes with the table's first rows: never alone at a page's foot. */}
      <div className="report__keep report__differences-head">
        <h2 id="report-differences">{text('report.differencesTitle')}</h2>
        <RatingsChangedNote
          since={changesSinceRequest(review, assessment, items, ratingScale.defaultTarget)}
          scale={ratingScale}
          language={language}
          className="report__flag"
        />
        <p className="report__caption">{text('report.differences', { count: notable })}</p>
      </div>
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
      <p>{text((review.chain?.levels.length ?? 1) > 1 ? 'report.hrAcknowledgedLevels' : 'report.hrAcknowledged')}</p>
      {/* Not known in this copy (HR records receipt in their own): said, not left to read as missing. */}
      {!review.received && <p className="report__elsewhere">{text('report.hrElsewhere')}</p>}
      <SignatureLines data={data} role={text('report.hrRole')} signed={review.received ?? null} />
    </section>
  );
}
