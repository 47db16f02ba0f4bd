import type { Assessment } from '../../domain/assessment';
import type { AssessmentItem } from '../../domain/assessment-items';
import type { Catalogue } from '../../domain/catalogue';
import { analyseGaps, type GapAnalysis } from '../../domain/gaps';
import type { Language } from '../../domain/localized-text';
import type { RatingScale } from '../../domain/rating-scale';
import type { RoleProfile } from '../../domain/role-profile';

/** Everything the report prints, computed once. */
export interface ReportData {
  assessment: Assessment;
  profile: RoleProfile;
  catalogue: Catalogue;
  ratingScale: RatingScale;
  items: AssessmentItem[];
  analysis: GapAnalysis;
  today: string;
  language: Language;
}

export function reportData(input: Omit<ReportData, 'analysis'>): ReportData {
  return { ...input, analysis: analyseGaps(input.items, input.assessment, { defaultTarget: input.ratingScale.defaultTarget, today: input.today }) };
}
