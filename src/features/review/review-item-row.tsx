import { memo, useId } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { itemLabel, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { pickText, type Language } from '../../domain/shared/localized-text';
import type { RatingScale } from '../../domain/profile/rating-scale';
import type { ReviewRequest } from '../../domain/files/review';
import { level } from '../../lib/number-format';
import type { ReviewFormValues } from './review-form-values';
import { useReviewTranslation } from './use-review-translation';
import { targetOf } from '../../domain/scoring/scoring';

/** What the appointee's self-rating of `item` was, as words, when the request shows it. */
function selfText(item: AssessmentItem, request: ReviewRequest, scale: RatingScale, language: Language): string | null {
  if (!request.selfRatingsShown) return null;
  if (item.kind === 'experience') {
    const status = request.experience[item.id]?.status;
    const entry = scale.experience.find((candidate) => candidate.status === status);
    return entry ? pickText(entry.label, language) : '—';
  }
  const value = request.ratings[item.key]?.level;
  return value === undefined ? '—' : String(value);
}

/**
 * One item to rate: title, target and (if shown) self-rating, the reviewer's rating and comment. Its controls are
 * the form's own (uncontrolled, registered), and its props do not change while the reviewer types, so rating one
 * row renders no other row. It reads neither the form's context nor its field wiring, whose values change whenever
 * the form re-renders; its ids come from its own useId.
 */
export const ReviewItemRow = memo(function ReviewItemRow(props: {
  item: AssessmentItem;
  index: number;
  request: ReviewRequest;
  scale: RatingScale;
  register: UseFormRegister<ReviewFormValues>;
}) {
  const { item, index, request, scale, register } = props;
  const { language, t } = useReviewTranslation();
  const id = useId();
  const self = selfText(item, request, scale, language);
  const target = item.kind === 'experience' ? null : targetOf(request.ratings[item.key], scale.defaultTarget);
  const options =
    item.kind === 'experience'
      ? scale.experience.map((candidate) => ({ value: candidate.status, label: pickText(candidate.label, language) }))
      : (item.scale === 'knowledge' ? scale.knowledge : scale.proficiency).map((candidate) => ({
          value: String(candidate.level),
          label: `${candidate.level} · ${pickText(candidate.label, language)}`,
        }));
  return (
    <li data-item={item.key}>
      <div className="review-item__head">
        <h3 id={`${id}-title`}>{itemLabel(item, language)}</h3>
        <p className="review-item__facts">
          {target !== null && t('reviewMode.target', { level: level(target) })}
          {self !== null && ` · ${t('reviewMode.self', { level: self })}`}
        </p>
      </div>
      <div className="review-item__fields">
        <p className="field">
          <label htmlFor={`${id}-rating`} className="field__label">
            {t('reviewMode.yourRating')}
          </label>
          <select id={`${id}-rating`} className="input" aria-describedby={`${id}-title`} {...register(`items.${index}.value`)}>
            <option value="">{t('reviewMode.notRated')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor={`${id}-comment`} className="field__label">
            {t('reviewMode.comment')}
          </label>
          <textarea id={`${id}-comment`} className="input" rows={2} maxLength={2000} aria-describedby={`${id}-title`} {...register(`items.${index}.comment`)} />
        </p>
      </div>
    </li>
  );
});
