import { useMemo, useState } from 'react';
import type { Assessment } from '../../domain/assessment';
import type { Review } from '../../domain/review-schema';
import { profileItems, type AssessmentItem } from '../../domain/assessment-items';
import { analyseGaps } from '../../domain/gaps';
import { headlineAssessment, reviewerView, type HeadlineView } from '../../domain/review-compare';
import type { AssessmentScreenData } from '../../store/use-assessment-screen';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useToday } from '../../store/app-store-context';

const noItems: AssessmentItem[] = [];
const noReviews: Review[] = [];

/**
 * The role profile the ratings are read against: the assessment's own, or another the user chooses, with its items
 * (which this assessment may not all rate) and the items that role adds, which it never rated.
 */
export function useComparedProfile(screen: AssessmentScreenData | null) {
  const library = useProfileLibrary();
  const [compareId, setCompareId] = useState<string | null>(null);
  const compared = useMemo(() => (compareId === null ? null : profileItems(library, compareId)), [library, compareId]);
  const ownItems = screen?.items;
  const ownProfile = screen?.profile;
  const added = useMemo(() => {
    if (!ownItems || !compared || compared.profile === ownProfile) return [];
    const own = new Set(ownItems.map((item) => item.key));
    return compared.items.filter((item) => !own.has(item.key));
  }, [ownItems, ownProfile, compared]);
  return { profile: compared?.profile ?? ownProfile, items: compared?.items ?? ownItems ?? noItems, added, setCompareId };
}

/**
 * The gaps by the self-assessment, and by a review by others when there is one: the latest by default; the headline
 * uses the self-assessment unless the user chooses another view.
 */
export function useGapAnalyses(assessment: Assessment | undefined, items: readonly AssessmentItem[]) {
  const { ratingScale } = useProfileLibrary();
  const today = useToday();
  const options = useMemo(() => ({ defaultTarget: ratingScale.defaultTarget, today }), [ratingScale, today]);
  const analysis = useMemo(() => (assessment ? analyseGaps(items, assessment, options) : null), [items, assessment, options]);
  const [reviewId, setReviewId] = useState<string | null>(null);
  const [view, setView] = useState<HeadlineView>('self');
  const reviews = assessment?.reviews ?? noReviews;
  const review = reviews.find((candidate) => candidate.id === reviewId) ?? reviews.at(-1);
  const reviewed = useMemo(
    () => (assessment && review ? { reviewer: analyseGaps(items, reviewerView(assessment, review), options), headline: view === 'self' ? null : analyseGaps(items, headlineAssessment(assessment, review, view), options) } : null),
    [items, assessment, review, view, options],
  );
  return { analysis, reviews, review, reviewed, view, setView, setReviewId };
}
