import { describe, expect, it } from 'vitest';
import { listAssessmentItems } from './assessment-items';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';

describe('listAssessmentItems', () => {
  const items = listAssessmentItems(makeProfile(), makeCatalogue());

  it('lists units by skill group, criteria after their unit, then knowledge, experience, behavioural', () => {
    expect(items.map((item) => item.key)).toEqual([
      'unit:DG200',
      'unit:DG100',
      'unit:DT100',
      'unit:SPM300',
      'criterion:SPM304.1',
      'knowledge:k-one',
      'experience:e-one',
      'experience:e-two',
      'behavioural:visioning',
    ]);
  });

  it('rates knowledge on the knowledge wording and the rest on the proficiency wording', () => {
    expect(items.flatMap((item) => (item.kind === 'experience' ? [] : [item.scale]))).toEqual([
      'proficiency',
      'proficiency',
      'proficiency',
      'proficiency',
      'proficiency',
      'knowledge',
      'proficiency',
    ]);
  });

  it('keeps the star of starred experience and numbers items without a code', () => {
    const experience = items.filter((item) => item.kind === 'experience');
    expect(experience.map((item) => [item.code, item.starred])).toEqual([
      ['E1', false],
      ['E2', true],
    ]);
    expect(items.find((item) => item.kind === 'knowledge')?.code).toBe('K1');
  });

  it('ties each criterion to its unit and sub-unit', () => {
    const criterion = items.find((item) => item.kind === 'criterion');
    expect(criterion?.kind === 'criterion' && [criterion.parentCode, criterion.subUnitCode]).toEqual(['SPM300', 'SPM304']);
  });
});
