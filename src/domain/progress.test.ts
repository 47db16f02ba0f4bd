import { describe, expect, it } from 'vitest';
import { makeAssessment } from './assessment-fixtures';
import { listAssessmentItems } from './assessment-items';
import { matchesFilter, matchesQuery } from './item-filter';
import { assessmentProgress, isBelowTarget, isRated, nextUnratedItem, targetOf } from './progress';
import { makeCatalogue, makeProfile } from './test-profile-factory';

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
    expect(targetOf('unit:DG100', assessment, 3)).toBe(2);
    expect(targetOf('unit:DT100', assessment, 3)).toBe(3);
    expect(isBelowTarget(byKey('unit:DG100'), assessment, 3)).toBe(false);
  });

  it('counts experience as rated once a status is chosen, and short of target until "yes"', () => {
    const assessment = makeAssessment({ experience: { 'e-one': { status: 'some' }, 'e-two': { status: 'yes' } } });
    expect(isRated(byKey('experience:e-one'), assessment)).toBe(true);
    expect(isBelowTarget(byKey('experience:e-one'), assessment, 3)).toBe(true);
    expect(isBelowTarget(byKey('experience:e-two'), assessment, 3)).toBe(false);
  });
});

describe('assessmentProgress', () => {
  it('counts rated items per section and overall', () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 3 }, 'criterion:SPM304.1': { level: 1 }, 'knowledge:k-one': { target: 4 } }, experience: { 'e-two': { status: 'none' } } });
    const progress = assessmentProgress(items, assessment);
    expect(progress.sections).toEqual({
      units: { rated: 2, total: 5 },
      knowledge: { rated: 0, total: 1 },
      experience: { rated: 1, total: 2 },
      behavioural: { rated: 0, total: 1 },
    });
    expect(progress.overall).toEqual({ rated: 3, total: 9 });
  });
});

describe('nextUnratedItem', () => {
  const assessment = makeAssessment({ ratings: { 'unit:DG200': { level: 1 }, 'unit:DT100': { level: 1 } } });
  it('finds the first unrated item from the start or after a given item, wrapping round', () => {
    expect(nextUnratedItem(items, assessment)?.key).toBe('unit:DG100');
    expect(nextUnratedItem(items, assessment, 'unit:DG100')?.key).toBe('unit:SPM300');
    expect(nextUnratedItem(items, assessment, 'behavioural:visioning')?.key).toBe('unit:DG100');
  });
  it('is undefined when everything is rated', () => {
    const all = makeAssessment({
      ratings: Object.fromEntries(items.filter((i) => i.kind !== 'experience').map((i) => [i.key, { level: 2 }])),
      experience: { 'e-one': { status: 'yes' }, 'e-two': { status: 'none' } },
    });
    expect(nextUnratedItem(items, all)).toBeUndefined();
  });
});

describe('item filters and search', () => {
  const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1 }, 'unit:DG200': { level: 3 } } });
  const keys = (filter: Parameters<typeof matchesFilter>[1]) => items.filter((item) => matchesFilter(item, filter, assessment, 3)).map((item) => item.key);

  it('filters all, unrated, below target and starred', () => {
    expect(keys('all')).toHaveLength(items.length);
    expect(keys('unrated')).not.toContain('unit:DG100');
    expect(keys('below-target')).toEqual(['unit:DG100']);
    expect(keys('starred')).toEqual(['experience:e-two']);
  });

  it('searches codes and titles in both languages, ignoring case and spacing', () => {
    expect(items.filter((item) => matchesQuery(item, 'dg1')).map((item) => item.key)).toEqual(['unit:DG100']);
    expect(items.filter((item) => matchesQuery(item, 'VISIONING (EN)')).map((item) => item.key)).toEqual(['behavioural:visioning']);
    expect(items.filter((item) => matchesQuery(item, 'spm304')).map((item) => item.key)).toEqual(['criterion:SPM304.1']);
    expect(items.filter((item) => matchesQuery(item, 'k1 (th)')).map((item) => item.key)).toEqual(['knowledge:k-one']);
    expect(items.filter((item) => matchesQuery(item, '   ')).length).toBe(items.length);
    expect(items.filter((item) => matchesQuery(item, 'SPM 304')).map((item) => item.key)).toEqual(['criterion:SPM304.1']);
    expect(items.filter((item) => matchesQuery(item, 'dg-100')).map((item) => item.key)).toEqual(['unit:DG100']);
    expect(items.filter((item) => matchesQuery(item, 'DG๑๐๐')).map((item) => item.key)).toEqual(['unit:DG100']);
    expect(items.filter((item) => matchesQuery(item, 'k 1 (t h)')).map((item) => item.key)).toEqual(['knowledge:k-one']);
  });
});
