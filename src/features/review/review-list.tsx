import type { Assessment } from '../../domain/assessment';
import type { AssessmentItem } from '../../domain/assessment-items';
import { changesSinceRequest } from '../../domain/review-changes';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { RatingsChangedNote } from '../../ui/ratings-changed-note';
import { formatLongDate } from '../../domain/calendar-date';
import { routes } from '../../lib/routes';
import { useReviewTranslation } from './use-review-translation';
import { Icon } from '../../ui/icon';

/** The reviews attached to an assessment: who, when, the overall opinion and the plan, and whether ratings changed since. */
export function ReviewList({ assessment, items }: { assessment: Assessment; items: readonly AssessmentItem[] }) {
  const { language, t } = useReviewTranslation();
  const { ratingScale } = useProfileLibrary();
  const reviews = assessment.reviews ?? [];
  return (
    <section className="panel" aria-labelledby="review-list-title">
      <h2 id="review-list-title">{t('reviews.list')}</h2>
      {reviews.length === 0 ? (
        <p className="empty">{t('reviews.none')}</p>
      ) : (
        <>
          <ul className="review-list">
            {reviews.map((review) => (
              <li key={review.id} data-review={review.id}>
                <h3>
                  {review.reviewer.name} · {review.reviewer.position}
                </h3>
                <p>
                  {t('reviews.reviewedOn', { date: formatLongDate(review.reviewer.reviewedOn, language) })} ·{' '}
                  {t('reviews.rated', { count: Object.values(review.ratings).filter((r) => r.level !== undefined).length + Object.values(review.experience).filter((e) => e.status !== undefined).length })}
                </p>
                <RatingsChangedNote since={changesSinceRequest(review, assessment, items, ratingScale.defaultTarget)} scale={ratingScale} language={language} className="review-flag" />
                {review.overall && (
                  <p>
                    <strong>{t('reviews.overall')}:</strong> {review.overall}
                  </p>
                )}
                <p>
                  {review.plan.agreed ? <><Icon name="check" /> {t('reviews.planAgreed')}</> : t('reviews.planNotAgreed')}
                  {review.plan.comment ? ` · ${t('reviews.planComment')}: ${review.plan.comment}` : ''}
                </p>
              </li>
            ))}
          </ul>
          <p className="form__actions">
            <a className="button" href={routes.gaps.href({ assessmentId: assessment.id })}>
              {t('reviews.seeGaps')}
            </a>
            <a className="button button--secondary" href={routes.report.href({ assessmentId: assessment.id })}>
              {t('reviews.seeReport')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
