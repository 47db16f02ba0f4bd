import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Assessment } from '../../domain/assessment/assessment';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { changesSinceRequest } from '../../domain/files/review-changes';
import type { Review } from '../../domain/assessment/review-schema';
import { reviewLabel } from '../../i18n/review-label';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { routes } from '../../lib/routes';
import { useAppStore } from '../../store/app-store-context';
import { RatingsChangedNote } from '../../ui/ratings-changed-note';
import { useReviewTranslation } from './use-review-translation';
import { ChainSign } from './chain-sign';
import { useChainFormTranslation } from './chain-form-messages';
import { EarlierOpinions } from './earlier-opinions';

/**
 * The reviews attached to an assessment: who, when, whether they saw the self-ratings, the overall opinion and the
 * plan, and what changed since. A review imported by mistake can be removed, and put back until the page is left.
 */
export function ReviewList({ assessment, items }: { assessment: Assessment; items: readonly AssessmentItem[] }) {
  const { language, t } = useReviewTranslation();
  const removeReview = useAppStore((state) => state.removeReview);
  const importReview = useAppStore((state) => state.importReview);
  // Removed on this visit, newest last: each can be put back until the page is left (this state goes with it).
  const [removed, setRemoved] = useState<{ review: Review; label: string }[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const reviews = assessment.reviews ?? [];
  const shownRemoved = removed.filter((entry) => !reviews.some((review) => review.id === entry.review.id));
  const lastRemoved = shownRemoved.at(-1);

  function remove(review: Review) {
    flushSync(() => {
      setRemoved((earlier) => [...earlier.filter((entry) => entry.review.id !== review.id), { review, label: reviewLabel(review, assessment, language) }]);
      removeReview(assessment.id, review.id);
    });
    undoButton.current?.focus();
  }

  function undo(review: Review) {
    flushSync(() => {
      importReview(assessment.id, review);
      setRemoved((earlier) => earlier.filter((entry) => entry.review.id !== review.id));
    });
    heading.current?.focus();
  }

  return (
    <section className="panel" aria-labelledby="review-list-title">
      <h2 id="review-list-title" ref={heading} tabIndex={-1}>
        {t('reviews.list')}
      </h2>
      <div role="status">
        {lastRemoved && (
          <p className="notice review-removed">
            {t('reviews.removed', { review: lastRemoved.label })}{' '}
            <button ref={undoButton} type="button" className="button button--secondary" onClick={() => undo(lastRemoved.review)}>
              {t('reviews.undoRemove')}
            </button>
          </p>
        )}
      </div>
      {reviews.length === 0 ? (
        <p className="empty">{t('reviews.none')}</p>
      ) : (
        <>
          <ul className="review-list">
            {reviews.map((review) => (
              <ReviewEntry key={review.id} review={review} assessment={assessment} items={items} onRemove={remove} />
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

/** One review: who and when, what changed since, every level's opinion (level 1's rated items and plan with it), the chain, and "remove". */
function ReviewEntry({
  review,
  assessment,
  items,
  onRemove,
}: {
  review: Review;
  assessment: Assessment;
  items: readonly AssessmentItem[];
  onRemove: (review: Review) => void;
}) {
  const { language, t } = useReviewTranslation();
  const { t: tc } = useChainFormTranslation();
  const { ratingScale } = useProfileLibrary();
  const label = reviewLabel(review, assessment, language);
  return (
    <li data-review={review.id}>
      <h3>{label}</h3>
      <RatingsChangedNote
        since={changesSinceRequest(review, assessment, items, ratingScale.defaultTarget)}
        scale={ratingScale}
        language={language}
        className="review-flag"
      />
      {/* Every level's opinion, verdict, name, position and date, read before the appointee acknowledges them all. */}
      <EarlierOpinions review={review} title={tc('chainForm.allOpinions')} headingId={`opinions-${review.id}`} level={4} />
      <ChainSign review={review} assessment={assessment} />
      <p>
        <button type="button" className="button button--secondary" aria-label={`${t('reviews.remove')}: ${label}`} onClick={() => onRemove(review)}>
          {t('reviews.remove')}
        </button>
      </p>
    </li>
  );
}
