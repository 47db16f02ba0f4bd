import { useWatch, type Control } from 'react-hook-form';
import { ProgressMeter } from '../../ui/progress-meter';
import type { ReviewFormValues } from './review-form-values';
import { useRatingTranslation } from '../../ui/rating/use-rating-translation';
import { useReviewTranslation } from './use-review-translation';

/** How many items the reviewer has rated, and "next unrated" (U); it alone re-renders as the reviewer rates. */
export function ReviewProgress({ control, total, onNextUnrated }: { control: Control<ReviewFormValues>; total: number; onNextUnrated: () => void }) {
  const { t } = useRatingTranslation();
  const label = useReviewTranslation().t('reviewMode.progress');
  const entries = useWatch({ control, name: 'items' });
  const rated = entries.filter((entry) => entry.value !== '').length;
  return (
    <div className="review-progress">
      <ProgressMeter rated={rated} total={total} label={label} text={rated === total ? t('assessment.allRated') : t('assessment.ratedOf', { rated, total })} />
      {rated < total && (
        <button type="button" className="button button--secondary" onClick={onNextUnrated} aria-keyshortcuts="U">
          {t('assessment.nextUnrated')}
        </button>
      )}
    </div>
  );
}
