import type { Assessment } from '../../domain/assessment/assessment';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { changesSinceRequest } from '../../domain/files/review-changes';
import { RatingsChangedNote } from '../../ui/ratings-changed-note';
import type { GapAnalysis, ReadinessGroup } from '../../domain/scoring/gaps';
import { pickText } from '../../domain/shared/localized-text';
import type { Level, RatingScale } from '../../domain/profile/rating-scale';
import { gapBasisOf, rankDifferences, reviewComment } from '../../domain/scoring/review-compare';
import { basisViews } from '../../domain/assessment/review-schema';
import { useAppStore } from '../../store/app-store-context';
import { basisStatement } from '../../i18n/basis-name';
import type { Review } from '../../domain/assessment/review-schema';
import { differenceCells, reviewLabel } from '../../i18n/review-label';
import { level, percent } from '../../lib/number-format';
import { TableScroll } from '../../ui/table-scroll';
import { useGapsTranslation } from './use-gaps-translation';
import { Icon } from '../../ui/icon';
import { ChainStatus } from '../../ui/chain-status';

/**
 * Which review to compare with, and which figures the headline, the gap chart and list, the plan and the report use
 * (the self-assessment until the user chooses): kept with the assessment, said on screen.
 */
export function ReviewControls(props: { assessment: Assessment; review: Review }) {
  const { assessment, review } = props;
  const { language, t } = useGapsTranslation();
  const chooseGapBasis = useAppStore((state) => state.chooseGapBasis);
  const reviews = assessment.reviews ?? [];
  const { view } = gapBasisOf(assessment);
  // A review chosen here stays chosen; otherwise the basis follows the latest review.
  const chosenReview = assessment.gapBasis?.reviewId;
  return (
    <section className="panel review-controls" aria-labelledby="review-controls-title">
      <h2 id="review-controls-title">{t('gaps.reviewTitle')}</h2>
      {reviews.length > 1 && (
        <p className="field">
          <label htmlFor="review-choice" className="field__label">
            {t('gaps.reviewBy')}
          </label>
          <select
            id="review-choice"
            className="input"
            value={review.id}
            onChange={(event) => chooseGapBasis(assessment.id, { view, reviewId: event.target.value })}
          >
            {reviews.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {reviewLabel(candidate, assessment, language)}
              </option>
            ))}
          </select>
        </p>
      )}
      <fieldset className="review-controls__views">
        <legend>{t('gaps.basis')}</legend>
        {basisViews.map((candidate) => (
          <label key={candidate}>
            <input
              type="radio"
              name="gap-basis"
              value={candidate}
              checked={view === candidate}
              onChange={() => chooseGapBasis(assessment.id, { view: candidate, ...(chosenReview ? { reviewId: chosenReview } : {}) })}
            />{' '}
            {t(`gaps.view.${candidate}`)}
          </label>
        ))}
      </fieldset>
      <p className="notice" role="status">
        {basisStatement(assessment, language, 'uses')}
      </p>
      <ChainStatus review={review} assessment={assessment} language={language} />
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
  return (
    <section className="panel review-comparison" aria-labelledby="review-comparison-title">
      <h2 id="review-comparison-title">{reviewLabel(review, assessment, language)}</h2>
      <RatingsChangedNote since={changesSinceRequest(review, assessment, items, defaultTarget)} scale={scale} language={language} className="review-flag" />
      <GroupComparisonTable self={self} reviewer={reviewer} nameOf={nameOf} />
      <h3 id="differences-title">{t('gaps.differencesTitle')}</h3>
      <p>{t('gaps.notableCount', { count: notable })}</p>
      <DifferencesTable rows={rows} assessment={assessment} review={review} scale={scale} />
    </section>
  );
}

/** Target, self and reviewer means and readiness per group, side by side. */
function GroupComparisonTable({ self, reviewer, nameOf }: { self: GapAnalysis; reviewer: GapAnalysis; nameOf: (group: ReadinessGroup) => string }) {
  const { t } = useGapsTranslation();
  const theirs = new Map(reviewer.groups.map((entry) => [entry.group, entry.readiness]));
  return (
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
              {/* Experience has no levels: its readiness says how far it is, never a mean of none, some and yes as figures. */}
              <td>{group === 'experience' ? '—' : level(readiness.meanTarget)}</td>
              <td>{group === 'experience' ? '—' : level(readiness.meanValue)}</td>
              <td>{group === 'experience' ? '—' : level(theirs.get(group)?.meanValue ?? null)}</td>
              <td>{percent(readiness.readiness)}</td>
              <td>{percent(theirs.get(group)?.readiness ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Each item's target, self and reviewer ratings, their difference (flagged when notable) and the reviewer's comment. */
function DifferencesTable({
  rows,
  assessment,
  review,
  scale,
}: {
  rows: ReturnType<typeof rankDifferences>;
  assessment: Assessment;
  review: Review;
  scale: RatingScale;
}) {
  const { language, t } = useGapsTranslation();
  return (
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
          {rows.map((row) => {
            const cells = differenceCells(row, assessment, review, scale, language);
            return (
              <tr key={row.item.key} data-key={row.item.key} className={row.notable ? 'differences__notable' : undefined}>
                <th scope="row">
                  <span className="code">{row.item.code}</span> {pickText(row.item.title, language)}
                </th>
                <td>{cells.target}</td>
                <td>{cells.self}</td>
                <td>{cells.reviewer}</td>
                <td>
                  {cells.difference}
                  {row.notable && (
                    <strong className="differences__flag">
                      {' '}
                      <Icon name="alert" /> {t('gaps.notable')}
                    </strong>
                  )}
                </td>
                <td>{reviewComment(review, row.item) ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
