import { useMemo, useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import { profileItems, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { analyseGaps } from '../../domain/scoring/gaps';
import { gapBasisOf, onBasis, reviewerView } from '../../domain/scoring/review-compare';
import type { AssessmentScreenData } from '../../store/use-assessment-screen';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useToday } from '../../store/app-store-context';

const noItems: AssessmentItem[] = [];

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
 * The gaps by the self-assessment; by the review compared with it (the chosen one, the latest by default); and by the
 * basis chosen with the assessment (the self-assessment by default), which the figures, the gap chart and list use,
 * as the plan and the report do.
 */
export function useGapAnalyses(assessment: Assessment | undefined, items: readonly AssessmentItem[]) {
  const { ratingScale } = useProfileLibrary();
  const today = useToday();
  const options = useMemo(() => ({ defaultTarget: ratingScale.defaultTarget, today }), [ratingScale, today]);
  const analysis = useMemo(() => (assessment ? analyseGaps(items, assessment, options) : null), [items, assessment, options]);
  const review = assessment ? gapBasisOf(assessment).review : undefined;
  const reviewed = useMemo(
    () => (assessment && review ? analyseGaps(items, reviewerView(assessment, review), options) : null),
    [items, assessment, review, options],
  );
  const based = useMemo(
    () => (assessment ? { assessment: onBasis(assessment), analysis: analyseGaps(items, onBasis(assessment), options) } : null),
    [items, assessment, options],
  );
  return { analysis, review, reviewed, based };
}
