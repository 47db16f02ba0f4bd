import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import type { ItemFilter } from '../../domain/scoring/item-filter';
import { ownEntry } from '../../domain/shared/own-entry';
import { nextUnratedItem } from '../../domain/scoring/progress';
import { useAppStoreApi } from '../../store/app-store-context';
import { focusItem } from '../../ui/rating/focus-item';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useRatingShortcuts } from '../../ui/rating/use-rating-shortcuts';

/**
 * Moving through the rating screen by keyboard: "next unrated" (showing every item first if the filter hides it),
 * the rating shortcuts and the help, and what the screen reader is told after each.
 */
export function useRatingNavigation(input: {
  assessmentId: string;
  items: readonly AssessmentItem[];
  onHelp: () => void;
  visibleKeys: ReadonlySet<string>;
  applyFilter: (filter: ItemFilter, query: string) => void;
}) {
  const { assessmentId, items, onHelp, visibleKeys, applyFilter } = input;
  const { t } = useAssessmentTranslation();
  const store = useAppStoreApi();
  const [announcement, setAnnouncement] = useState('');
  // Where the user is: the item with the focus, else the one "next unrated" last took them to.
  const lastJumpedTo = useRef<string | undefined>(undefined);
  function goToNextUnrated() {
    const current = ownEntry(store.getState().assessments, assessmentId);
    if (!current) return;
    const focusedKey = document.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key ?? lastJumpedTo.current;
    const next = nextUnratedItem(items, current, focusedKey);
    if (!next) {
      setAnnouncement(t('assessment.allRated'));
      document.getElementById('next-steps')?.focus();
      return;
    }
    lastJumpedTo.current = next.key;
    // Show everything first if the filter hides it, so there is something to move the focus to.
    if (!visibleKeys.has(next.key)) flushSync(() => applyFilter('all', ''));
    focusItem(next.key);
  }

  useRatingShortcuts({
    onRated(code, choice, next) {
      const rated = t('shortcuts.rated', { code, choice });
      // Read the store after the click: the rating just made counts.
      const current = ownEntry(store.getState().assessments, assessmentId);
      const done = current !== undefined && nextUnratedItem(items, current) === undefined;
      setAnnouncement([rated, done ? t('assessment.allRated') : next ? t('shortcuts.next', { code: next }) : ''].filter(Boolean).join(' · '));
      if (done && !next) requestAnimationFrame(() => document.getElementById('next-steps')?.focus());
    },
    onNextUnrated: goToNextUnrated,
    onHelp,
  });
  return { announcement, goToNextUnrated };
}
