import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { listAssessmentItems } from '../assessment/assessment-items';
import {
  experienceStatus,
  gapMeasure,
  isAcquired,
  isBelowBy,
  isBelowTarget,
  isRated,
  itemStanding,
  proficiencyStanding,
  standingStatus,
  targetOf,
} from './scoring';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';

const items = listAssessmentItems(makeProfile(), makeCatalogue());
const byKey = (key: string) => {
  const item = items.find((candidate) => candidate.key === key);
  if (!item) throw new Error(key);
  return item;
};

describe('isRated and isBelowTarget', () => {
  it('treats a missing level as unrated, never as 0', () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { note: 'x' }, 'unit:DG200': { level: 0 } } });
    expect(isRated(byKey('unit:DG100'), assessment)).toBe(false);
    expect(isRated(byKey('unit:DG200'), assessment)).toBe(true);
    expect(isBelowTarget(byKey('unit:DG100'), assessment, 3)).toBe(false);
    expect(isBelowTarget(byKey('unit:DG200'), assessment, 3)).toBe(true);
  });

  it('uses the item target when set, else the default', () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 2, target: 2 } } });
    expect(proficiencyStanding(assessment.ratings['unit:DG100'], 3).target).toBe(2);
    expect(proficiencyStanding(assessment.ratings['unit:DT100'], 3).target).toBe(3);
    expect(isBelowTarget(byKey('unit:DG100'), assessment, 3)).toBe(false);
  });

  it('counts experience as rated once a status is chosen, and short of target until "yes"', () => {
    const assessment = makeAssessment({ experience: { 'e-one': { status: 'some' }, 'e-two': { status: 'yes' } } });
    expect(isRated(byKey('experience:e-one'), assessment)).toBe(true);
    expect(isBelowTarget(byKey('experience:e-one'), assessment, 3)).toBe(true);
    expect(isBelowTarget(byKey('experience:e-two'), assessment, 3)).toBe(false);
  });
});

describe('gapMeasure and standingStatus', () => {
  it('measures 0–4 items in levels and experience in words, never as a level figure', () => {
    const assessment = makeAssessment({
      ratings: { 'unit:DG100': { level: 1 }, 'unit:DG200': { level: 4 } },
      experience: { 'e-one': { status: 'none' }, 'e-two': { status: 'some' } },
    });
    const measure = (key: string) => gapMeasure(itemStanding(byKey(key), 0, assessment, 3));
    expect(measure('unit:DG100')).toEqual({ unit: 'levels', levels: 2 });
    expect(measure('unit:DG200')).toBeNull();
    expect(measure('experience:e-one')).toEqual({ unit: 'experience', missing: 'all' });
    expect(measure('experience:e-two')).toEqual({ unit: 'experience', missing: 'part' });
  });

  it('calls an item with a target of 0 met whatever its rating, and never divides by the target', () => {
    expect(standingStatus(proficiencyStanding({ level: 0, target: 0 }, 3))).toBe('met');
    expect(standingStatus(proficiencyStanding({ level: 2 }, 3))).toBe('below');
    expect(standingStatus(proficiencyStanding(undefined, 3))).toBe('unrated');
  });
});

describe('the rules of scoring with one home', () => {
  it('counts an experience as acquired only when its answer is yes', () => {
    expect([undefined, {}, { status: 'none' as const }, { status: 'some' as const }, { status: 'yes' as const }].map(isAcquired)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('says where an experience answer stands without figures', () => {
    expect([undefined, { status: 'none' as const }, { status: 'some' as const }, { status: 'yes' as const }].map(experienceStatus)).toEqual([
      'unrated',
      'below',
      'below',
      'met',
    ]);
  });

  it('takes an item’s own target, else the default', () => {
    expect([targetOf(undefined, 3), targetOf({}, 3), targetOf({ target: 0 }, 3), targetOf({ target: 4 }, 3)]).toEqual([3, 3, 0, 4]);
  });

  it('counts only a positive gap as below target, never an unrated one', () => {
    expect([-1, 0, 0.5, 2, Number.NaN].map(isBelowBy)).toEqual([false, false, true, true, false]);
  });
});
