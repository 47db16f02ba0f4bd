import type { Assessment } from '../domain/assessment/assessment';
import type { Language } from '../domain/shared/localized-text';
import { gapBasisOf } from '../domain/scoring/review-compare';
import { translateBasis } from './basis-messages';

/** What the figures are computed from, in words: the self-assessment, a reviewer's ratings, or the lower of the two. */
export function basisName(assessment: Assessment, language: Language): string {
  const t = translateBasis(language);
  const { view, review } = gapBasisOf(assessment);
  if (!review || view === 'self') return t('basis.self');
  return t(view === 'reviewer' ? 'basis.reviewer' : 'basis.lower', { name: review.reviewer.name });
}

/** The sentence that says so: on screen (`uses`) or on the printed report (`printed`). */
export function basisStatement(assessment: Assessment, language: Language, where: 'uses' | 'printed'): string {
  return translateBasis(language)(where === 'uses' ? 'basis.uses' : 'basis.printed', { basis: basisName(assessment, language) });
}
