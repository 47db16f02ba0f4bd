import { memo } from 'react';
import type { AssessmentItem } from '../../domain/assessment-items';
import { pickText, type Language } from '../../domain/localized-text';
import type { RatingScale } from '../../domain/rating-scale';
import type { ReviewDraft, ReviewRequest } from '../../domain/review';
import { level } from '../../lib/number-format';
import { useReviewTranslation } from './use-review-translation';

type Entry = { value: string; comment: string };

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

/** The reviewer's entry for one item: its value ('' = not rated) and comment. */
export function entryOf(item: AssessmentItem, draft: ReviewDraft): Entry {
  const stored = item.kind === 'experience' ? draft.experience[item.id] : draft.ratings[item.key];
  const value = stored ? ('status' in stored ? stored.status : 'level' in stored ? stored.level : undefined) : undefined;
  return { value: value === undefined ? '' : String(value), comment: stored?.comment ?? '' };
}

/** One item to rate: title, target and (if shown) self-rating, the reviewer's rating and comment. */
export const ReviewItemRow = memo(function ReviewItemRow(props: {
  item: AssessmentItem;
  request: ReviewRequest;
  scale: RatingScale;
  /** The entry's value and comment as plain strings, so that memo skips the rows that did not change. */
  value: string;
  comment: string;
  onChange: (item: AssessmentItem, entry: Entry) => void;
}) {
  const { item, request, scale, value, comment, onChange } = props;
  const entry = { value, comment };
  const { language, t } = useReviewTranslation();
  const id = `review-${item.key.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const self = selfText(item, request, scale, language);
  const target = item.kind === 'experience' ? null : (request.ratings[item.key]?.target ?? scale.defaultTarget);
  const options =
    item.kind === 'experience'
      ? scale.experience.map((candidate) => ({ value: candidate.status, label: pickText(candidate.label, language) }))
      : (item.scale === 'knowledge' ? scale.knowledge : scale.proficiency).map((candidate) => ({ value: String(candidate.level), label: `${candidate.level} · ${pickText(candidate.label, language)}` }));
  return (
    <li data-item={item.key}>
      <div className="review-item__head">
        <h3 id={`${id}-title`}>
          {item.code} {pickText(item.title, language)}
        </h3>
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
          <select id={`${id}-rating`} className="input" value={entry.value} aria-describedby={`${id}-title`} onChange={(event) => onChange(item, { ...entry, value: event.target.value })}>
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
          <textarea id={`${id}-comment`} className="input" rows={2} maxLength={2000} value={entry.comment} aria-describedby={`${id}-title`} onChange={(event) => onChange(item, { ...entry, comment: event.target.value })} />
        </p>
      </div>
    </li>
  );
});
