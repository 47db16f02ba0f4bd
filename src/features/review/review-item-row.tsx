import { memo } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import type { ReviewRequest } from '../../domain/files/review';
import { experienceStatusSchema, levelSchema, type RatingScale } from '../../domain/profile/rating-scale';
import { pickText } from '../../domain/shared/localized-text';
import { itemDomId } from '../../ui/rating/dom-ids';
import { ExperienceChoices, ProficiencyChoices } from '../../ui/rating/item-choices';
import { ReviewComment, ReviewItemFactsLine, StarredDeadline } from './review-item-parts';
import { reviewItemFacts } from './review-item-facts';
import type { ReviewFormValues } from './review-form-values';
import { useReviewTranslation } from './use-review-translation';

/**
 * One item to review, drawn as the appointee's rating screen draws it (the same radios, so the same shortcuts): its
 * code and title, the target and (when shared) the self-rating and note, the reviewer's level and a comment. The
 * radios are the browser's own and the comment is the form's (registered): its props do not change while the
 * reviewer works, so rating one item renders no other item.
 */
export const ReviewItemRow = memo(function ReviewItemRow(props: {
  item: AssessmentItem;
  index: number;
  request: ReviewRequest;
  scale: RatingScale;
  /** The reviewer's value when the form opened ('' for none); the radios keep it from then on. */
  initial: string;
  hasComment: boolean;
  register: UseFormRegister<ReviewFormValues>;
  onChoose: (index: number, value: string) => void;
}) {
  const { item, index, request, scale, initial, hasComment, register, onChoose } = props;
  const { language } = useReviewTranslation();
  const domId = itemDomId(item.key);
  const facts = reviewItemFacts(item, request, scale, language);
  const starred = item.kind === 'experience' && item.starred;
  return (
    <fieldset className={starred ? 'review-item review-item--starred' : 'review-item'} id={domId} data-item={item.key} data-key={item.key}>
      <legend id={`${domId}-name`} className="review-item__name">
        <span className="code">{item.code}</span> {pickText(item.title, language)}
      </legend>
      {starred && <StarredDeadline domId={domId} appointedOn={request.appointee.appointedOn} />}
      {item.kind === 'experience' ? (
        <ExperienceChoices
          domId={domId}
          scale={scale.experience}
          describedBy={starred ? `${domId}-deadline` : undefined}
          chosen={experienceStatusSchema.safeParse(initial).data}
          onChoose={(status) => onChoose(index, status)}
        />
      ) : (
        <ProficiencyChoices
          domId={domId}
          scaleName={item.scale}
          scale={item.scale === 'knowledge' ? scale.knowledge : scale.proficiency}
          target={facts.target}
          chosen={initial === '' ? undefined : levelSchema.safeParse(Number(initial)).data}
          onChoose={(level) => onChoose(index, String(level))}
          className="levels review-item__levels"
        />
      )}
      <div className="review-item__foot">
        <ReviewItemFactsLine facts={facts} experience={item.kind === 'experience'} />
        <ReviewComment domId={domId} code={item.code} open={hasComment} registered={register(`items.${index}.comment`)} />
      </div>
    </fieldset>
  );
});
