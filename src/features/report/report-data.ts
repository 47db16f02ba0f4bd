import type { Assessment } from '../../domain/assessment/assessment';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import type { Catalogue } from '../../domain/profile/catalogue';
import { analyseGaps, type GapAnalysis } from '../../domain/scoring/gaps';
import type { Language } from '../../domain/shared/localized-text';
import type { RatingScale } from '../../domain/profile/rating-scale';
import { onBasis } from '../../domain/scoring/review-compare';
import type { RoleProfile } from '../../domain/profile/role-profile';

/** Everything the report prints, computed once. */
export interface ReportData {
  assessment: Assessment;
  profile: RoleProfile;
  catalogue: Catalogue;
  ratingScale: RatingScale;
  items: AssessmentItem[];
  /** The self-assessment's standings: the item tables print the self-ratings whatever the basis. */
  analysis: GapAnalysis;
  /** The chosen basis's (self, a reviewer's, or the lower of the two): the summary's figures, radar and groups. */
  basisAnalysis: GapAnalysis;
  today: string;
  language: Language;
}

export function reportData(input: Omit<ReportData, 'analysis' | 'basisAnalysis'>): ReportData {
  const options = { defaultTarget: input.ratingScale.defaultTarget, today: input.today };
  const analysis = analyseGaps(input.items, input.assessment, options);
  const based = onBasis(input.assessment);
  return { ...input, analysis, basisAnalysis: based === input.assessment ? analysis : analyseGaps(input.items, based, options) };
}
