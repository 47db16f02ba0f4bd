import type { Assessment } from '../../domain/assessment';
import type { AssessmentItem } from '../../domain/assessment-items';
import { changesSinceRequest } from '../../domain/review-changes';
import { RatingsChangedNote } from '../../ui/ratings-changed-note';
import type { GapAnalysis, ReadinessGroup } from '../../domain/gaps';
import { pickText } from '../../domain/localized-text';
import type { Level, RatingScale } from '../../domain/rating-scale';
import { headlineViews, rankDifferences, reviewComment, type HeadlineView } from '../../domain/review-compare';
import type { Review } from '../../domain/review-schema';
import { reviewLabel } from '../../i18n/review-label';
import { level, percent } from '../../lib/number-format';
import { TableScroll } from '../../ui/table-scroll';
import { useGapsTranslation } from './use-gaps-translation';
import { Icon } from '../../ui/icon';

/** Which review to compare with, and which view the headline readiness uses (self by default, said on screen). */
export function ReviewControls(props: { assessment: Assessment; reviews: Review[]; reviewId: string; onReview: (id: string) => void; view: HeadlineView; onView: (view: HeadlineView) => void }) {
  const { assessment, reviews, reviewId, onReview, view, onView } = props;
  const { language, t } = useGapsTranslation();
  return (
    <section className="panel review-controls" aria-labelledby="review-controls-title">
      <h2 id="review-controls-title">{t('gaps.reviewTitle')}</h2>
      {reviews.length > 1 && (
        <p className="field">
          <label htmlFor="review-choice" className="field__label">
            {t('gaps.reviewBy')}
          </label>
          <select id="review-choice" className="input" value={reviewId} onChange={(event) => onReview(event.target.value)}>
            {reviews.map((review) => (
              <option key={review.id} value={review.id}>
                {reviewLabel(review, assessment, language)}
              </option>
            ))}
          </select>
        </p>
      )}
      <fieldset className="review-controls__views">
        <legend>{t('gaps.headlineFrom')}</legend>
        {headlineViews.map((candidate) => (
          <label key={candidate}>
            <input type="radio" name="headline-view" value={candidate} checked={view === candidate} onChange={() => onView(candidate)} /> {t(`gaps.view.${candidate}`)}
          </label>
        ))}
      </fieldset>
      <p className="notice" role="status">
        {t('gaps.headlineUses', { view: t(`gaps.view.${view}`) })}
      </p>
    </section>
  );
}

/** Self, reviewer and target per group and per item; differences of 2 levels or more first and highlighted. */
export function ReviewComparison(props: {
  assessment: Assessment;
  review: Review;
  items: readonly AssessmentItem[];
  defaultTarget: Level;
  scale: RatingScale;
  self: GapAnalysis;
  reviewer: GapAnalysis;
  nameOf: (group: ReadinessGroup) => string;
}) {
  const { assessment, review, items, defaultTarget, scale, self, reviewer, nameOf } = props;
  const { language, t } = useGapsTranslation();
  const rows = rankDifferences(items, assessment, review, defaultTarget);
  const notable = rows.filter((row) => row.notable).length;
  const theirs = new Map(reviewer.groups.map((entry) => [entry.group, entry.readiness]));
  const signed = (value: number | null) => (value === null ? '—' : value > 0 ? `+${level(value)}` : level(value));
  return (
    <section className="panel review-comparison" aria-labelledby="review-comparison-title">
      <h2 id="review-comparison-title">{reviewLabel(review, assessment, language)}</h2>
      <RatingsChangedNote since={changesSinceRequest(review, assessment, items, defaultTarget)} scale={scale} language={language} className="review-flag" />
      <TableScroll label={t('gaps.byGroup')}>
        <table className="numbers">
          <caption>{t('gaps.byGroup')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.group')}</th>
              <th scope="col">{t('gaps.targetMean')}</th>
              <th scope="col">{t('gaps.selfMean')}</th>
              <th scope="col">{t('gaps.reviewerMean')}</th>
              <th scope="col">{t('gaps.readinessSelf')}</th>
              <th scope="col">{t('gaps.readinessReviewer')}</th>
            </tr>
          </thead>
          <tbody>
            {self.groups.map(({ group, readiness }) => (
              <tr key={group} data-group={group}>
                <th scope="row">{nameOf(group)}</th>
                <td>{level(readiness.meanTarget)}</td>
                <td>{level(readiness.meanValue)}</td>
                <td>{level(theirs.get(group)?.meanValue ?? null)}</td>
                <td>{percent(readiness.readiness)}</td>
                <td>{percent(theirs.get(group)?.readiness ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3 id="differences-title">{t('gaps.differencesTitle')}</h3>
      <p>{t('gaps.notableCount', { count: notable })}</p>
      <TableScroll label={t('gaps.differencesTitle')}>
        <table className="numbers differences" aria-labelledby="differences-title">
          <thead>
            <tr>
              <th scope="col">{t('gaps.item')}</th>
              <th scope="col">{t('gaps.target')}</th>
              <th scope="col">{t('gaps.selfRating')}</th>
              <th scope="col">{t('gaps.reviewerShort')}</th>
              <th scope="col">{t('gaps.difference')}</th>
              <th scope="col">{t('gaps.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.item.key} data-key={row.item.key} className={row.notable ? 'differences__notable' : undefined}>
                <th scope="row">
                  <span className="code">{row.item.code}</span> {pickText(row.item.title, language)}
                </th>
                <td>{level(row.target)}</td>
                <td>{level(row.self)}</td>
                <td>{level(row.reviewer)}</td>
                <td>
                  {signed(row.difference)}
                  {row.notable && <strong className="differences__flag"> <Icon name="alert" /> {t('gaps.notable')}</strong>}
                </td>
                <td>{reviewComment(review, row.item) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
