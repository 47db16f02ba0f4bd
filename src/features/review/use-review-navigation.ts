import { useRef, useState } from 'react';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { nextItemWhere } from '../../domain/scoring/progress';
import { focusItem } from '../../ui/rating/focus-item';
import { useRatingShortcuts } from '../../ui/rating/use-rating-shortcuts';
import type { ReviewFormValues } from './review-form-values';
import { useRatingTranslation } from '../../ui/rating/use-rating-translation';

/** The overall opinion's box, where the keyboard goes once every item is rated. */
const focusOpinion = () => document.querySelector<HTMLElement>('textarea[name="overall"]')?.focus();

/**
 * Moving through the review by keyboard, as on the appointee's rating screen: the same shortcuts (a digit or N/S/Y
 * rates the item in focus and moves on, U goes to the next unrated item, ? opens the help), and what the screen
 * reader is told after each. An item is rated when the form holds a value for it.
 */
export function useReviewNavigation(input: { items: readonly AssessmentItem[]; values: () => ReviewFormValues['items']; onHelp: () => void }) {
  const { items, values, onHelp } = input;
  const { t } = useRatingTranslation();
  const [announcement, setAnnouncement] = useState('');
  // Where the reviewer is: the item with the focus, else the one "next unrated" last took them to.
  const lastJumpedTo = useRef<string | undefined>(undefined);
  const nextUnrated = (afterKey?: string) => {
    const entries = values();
    return nextItemWhere(items, (item) => (entries[items.indexOf(item)]?.value ?? '') === '', afterKey);
  };
  function goToNextUnrated() {
    const focusedKey = document.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key ?? lastJumpedTo.current;
    const next = nextUnrated(focusedKey);
    if (!next) {
      setAnnouncement(t('assessment.allRated'));
      focusOpinion();
      return;
    }
    lastJumpedTo.current = next.key;
    focusItem(next.key);
  }
  useRatingShortcuts({
    onRated(code, choice, next) {
      // Read the form after the click: the rating just made counts.
      const done = nextUnrated() === undefined;
      setAnnouncement(
        [t('shortcuts.rated', { code, choice }), done ? t('assessment.allRated') : next ? t('shortcuts.next', { code: next }) : ''].filter(Boolean).join(' · '),
      );
      if (done && !next) requestAnimationFrame(focusOpinion);
    },
    onNextUnrated: goToNextUnrated,
    onHelp,
  });
  return { announcement, goToNextUnrated };
}
