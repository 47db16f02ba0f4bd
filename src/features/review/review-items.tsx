import { Fragment, useCallback, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { assessmentSections, type AssessmentItem } from '../../domain/assessment/assessment-items';
import type { ReviewRequest } from '../../domain/files/review';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { GroupHeading } from '../../ui/rating/group-heading';
import { ScaleGuide } from '../../ui/rating/scale-guide';
import { sectionTitleKeys } from '../../ui/rating/section-titles';
import { ShortcutHelp } from '../../ui/rating/shortcut-help';
import type { ReviewFormValues } from './review-form-values';
import { ReviewItemRow } from './review-item-row';
import { ReviewProgress } from './review-progress';
import { useReviewNavigation } from './use-review-navigation';
import { useReviewTranslation } from './use-review-translation';

/**
 * Every item to review, by section with the appointee's screen's headings, under a progress bar with "next unrated",
 * rated with the appointee's shortcuts. The form's values when it opened seed the radios; the form keeps the rest.
 */
export function ReviewItems({
  form,
  items,
  request,
  initial,
}: {
  form: UseFormReturn<ReviewFormValues>;
  items: readonly AssessmentItem[];
  request: ReviewRequest;
  initial: ReviewFormValues;
}) {
  const { ratingScale } = useProfileLibrary();
  const { t } = useReviewTranslation();
  const help = useRef<HTMLDetailsElement>(null);
  const { setValue, getValues, register, control } = form;
  const choose = useCallback((index: number, value: string) => setValue(`items.${index}.value`, value, { shouldDirty: true }), [setValue]);
  function toggleHelp() {
    const details = help.current;
    if (!details) return;
    details.open = !details.open;
    details.querySelector('summary')?.focus();
  }
  const { announcement, goToNextUnrated } = useReviewNavigation({ items, values: () => getValues('items'), onHelp: toggleHelp });
  return (
    <>
      <section className="panel review-items-intro" aria-labelledby="review-items-title">
        <h2 id="review-items-title">{t('reviewMode.items')}</h2>
        <ScaleGuide scale={ratingScale} />
        <ShortcutHelp ref={help} />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </section>
      <ReviewProgress control={control} total={items.length} onNextUnrated={goToNextUnrated} />
      {assessmentSections.map((section) => {
        const inSection = items.filter((item) => item.section === section);
        if (inSection.length === 0) return null;
        return (
          <section key={section} className="panel review-section" aria-labelledby={`review-section-${section}`}>
            <h2 id={`review-section-${section}`}>{t(sectionTitleKeys[section])}</h2>
            {inSection.map((item, index) => {
              const at = items.indexOf(item);
              const start = initial.items[at];
              return (
                <Fragment key={item.key}>
                  <GroupHeading item={item} previous={inSection[index - 1]} />
                  <ReviewItemRow
                    item={item}
                    index={at}
                    request={request}
                    scale={ratingScale}
                    initial={start?.value ?? ''}
                    hasComment={Boolean(start?.comment)}
                    register={register}
                    onChoose={choose}
                  />
                </Fragment>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
