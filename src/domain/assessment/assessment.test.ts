import { describe, expect, it } from 'vitest';
import { parseWithLocalizedIssues } from '../shared/localized-issues';
import { assessedBeforeAppointed, assessmentSchema } from './assessment';
import { makeAssessment } from '../../testing/assessment-factory';

describe('assessmentSchema', () => {
  it('accepts a fresh assessment and one with ratings, notes and experience', () => {
    expect(assessmentSchema.safeParse(makeAssessment()).success).toBe(true);
    const rated = makeAssessment({
      ratings: { 'unit:DG100': { level: 0, target: 4, note: 'ยังไม่เคย' }, 'criterion:SPM304.1': { level: 2 } },
      experience: { 'study-visit': { status: 'some', acquiredOn: '2026-01-31', evidence: 'ดูงาน สพร.' } },
    });
    expect(assessmentSchema.safeParse(rated).success).toBe(true);
  });

  it('refuses levels out of range, unknown keys, bad dates and a missing position', () => {
    const bad = {
      ...makeAssessment(),
      ratings: { 'unit:DG100': { level: 5 }, __proto__x: { level: 1 } },
      experience: { 'study-visit': { status: 'maybe', acquiredOn: '2026-02-30' } },
      appointee: { ...makeAssessment().appointee, position: '  ' },
    };
    const result = parseWithLocalizedIssues(assessmentSchema, bad);
    expect(result.success ? [] : result.issues.map((issue) => issue.path).sort()).toEqual(
      ['appointee.position', 'experience.study-visit.acquiredOn', 'experience.study-visit.status', 'ratings.__proto__x', 'ratings.unit:DG100.level'].sort(),
    );
  });

  it('keeps unrated as absent, never 0', () => {
    expect(makeAssessment().ratings).toEqual({});
  });
});

describe('assessedBeforeAppointed', () => {
  it('is true only when the assessment date comes before the appointment', () => {
    expect(assessedBeforeAppointed({ appointedOn: '2026-01-05', assessedOn: '2026-01-04' })).toBe(true);
    expect(assessedBeforeAppointed({ appointedOn: '2026-01-05', assessedOn: '2026-01-05' })).toBe(false);
  });
});
