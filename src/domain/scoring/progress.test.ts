import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { listAssessmentItems } from '../assessment/assessment-items';
import { matchesFilter, matchesQuery } from './item-filter';
import { assessmentProgress, nextItemWhere, nextUnratedItem } from './progress';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';

const items = listAssessmentItems(makeProfile(), makeCatalogue());
describe('assessmentProgress', () => {
  it('counts rated items per section and overall', () => {
    const assessment = makeAssessment({
      ratings: { 'unit:DG100': { level: 3 }, 'criterion:SPM304.1': { level: 1 }, 'knowledge:k-one': { target: 4 } },
      experience: { 'e-two': { status: 'none' } },
    });
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

describe('the next item any rater has not rated', () => {
  const list = [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }];
  const unrated = new Set(['a', 'c']);
  const wanted = (item: { key: string }) => unrated.has(item.key);

  it('starts after the item given and wraps round to the start', () => {
    expect(nextItemWhere(list, wanted)?.key).toBe('a');
    expect(nextItemWhere(list, wanted, 'a')?.key).toBe('c');
    expect(nextItemWhere(list, wanted, 'c')?.key).toBe('a');
    expect(nextItemWhere(list, wanted, 'unknown')?.key).toBe('a');
  });

  it('finds none when every item is rated', () => {
    expect(nextItemWhere(list, () => false, 'b')).toBeUndefined();
  });
});
