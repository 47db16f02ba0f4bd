import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/assessment';
import { makeAssessment } from '../../testing/assessment-factory';
import { listAssessmentItems } from '../assessment/assessment-items';
import { analyseGaps, radarPoints, rankPriorities, readinessOf } from './gaps';
import { itemStanding } from './scoring';
import { experienceStatuses, levels } from '../profile/rating-scale';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';

const items = listAssessmentItems(makeProfile(), makeCatalogue());
const today = '2026-11-27';
function itemAt(index: number) {
  const item = items[index];
  if (!item) throw new Error(`no item ${index}`);
  return item;
}
const standing = (key: string, assessment: Assessment) => {
  const index = items.findIndex((item) => item.key === key);
  return itemStanding(itemAt(index), index, assessment, 3);
};

describe('itemStanding', () => {
  it('counts an unrated item apart, never as 0', () => {
    expect(standing('unit:DG100', makeAssessment()).rated).toBe(false);
    expect(standing('unit:DG100', makeAssessment({ ratings: { 'unit:DG100': { target: 4 } } }))).toMatchObject({ rated: false, target: 4 });
  });

  it('gives the gap as max(0, target − rating), with the item target or the default', () => {
    expect(standing('unit:DG100', makeAssessment({ ratings: { 'unit:DG100': { level: 1 } } }))).toMatchObject({ value: 1, target: 3, gap: 2 });
    expect(standing('unit:DG100', makeAssessment({ ratings: { 'unit:DG100': { level: 4, target: 2 } } }))).toMatchObject({ gap: 0 });
  });

  it('counts experience none as 0, some as half, yes as full, in levels of the default target', () => {
    const assessment = makeAssessment({ experience: { 'e-one': { status: 'some' }, 'e-two': { status: 'none' } } });
    expect(standing('experience:e-one', assessment)).toMatchObject({ value: 1.5, target: 3, gap: 1.5 });
    expect(standing('experience:e-two', assessment)).toMatchObject({ value: 0, gap: 3 });
  });
});

describe('readinessOf', () => {
  it('divides the sum of min(rating, target) over rated items by the sum of their targets', () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 4 }, 'unit:DG200': { level: 1, target: 2 } } });
    const result = readinessOf([standing('unit:DG100', assessment), standing('unit:DG200', assessment), standing('unit:DT100', assessment)]);
    expect(result).toEqual({ readiness: 4 / 5, rated: 2, total: 3, ratedShare: 2 / 3, meanTarget: 8 / 3, meanValue: 2.5 });
  });

  it('is null when nothing is rated, and full when nothing is required', () => {
    expect(readinessOf([standing('unit:DG100', makeAssessment())]).readiness).toBeNull();
    expect(readinessOf([standing('unit:DG100', makeAssessment({ ratings: { 'unit:DG100': { level: 0, target: 0 } } }))]).readiness).toBe(1);
  });
});

describe('rankPriorities', () => {
  it('puts the largest gap first, then starred experience by nearest deadline, then source order', () => {
    const assessment = makeAssessment({
      ratings: { 'unit:DG100': { level: 0 }, 'unit:DG200': { level: 2 }, 'unit:DT100': { level: 2 }, 'knowledge:k-one': { level: 3 } },
      experience: { 'e-one': { status: 'none' }, 'e-two': { status: 'none' } },
    });
    const standings = items.map((item, index) => itemStanding(item, index, assessment, 3));
    const ranked = rankPriorities(standings, { appointedOn: '2025-10-01', today });
    expect(ranked.map((p) => p.standing.item.key)).toEqual(['experience:e-two', 'unit:DG100', 'experience:e-one', 'unit:DG200', 'unit:DT100']);
    expect(ranked[0]?.deadline).toEqual({ date: '2027-10-01', daysLeft: 308, status: 'on-track' });
  });
});

describe('analyseGaps', () => {
  it('gives readiness per group and overall, items below target and the starred deadlines', () => {
    const assessment = makeAssessment({
      appointee: { ...makeAssessment().appointee, appointedOn: '2024-02-29' },
      ratings: { 'unit:DG100': { level: 3 }, 'unit:DG200': { level: 1 }, 'criterion:SPM304.1': { level: 2 }, 'behavioural:visioning': { level: 4 } },
      experience: { 'e-two': { status: 'some' } },
    });
    const analysis = analyseGaps(items, assessment, { defaultTarget: 3, today });
    expect(analysis.groups.map((g) => [g.group, g.readiness.readiness, g.readiness.rated, g.readiness.total])).toEqual([
      ['DG', 4 / 6, 2, 2],
      ['DT', null, 0, 1],
      ['SPM', 2 / 3, 1, 2],
      ['knowledge', null, 0, 1],
      ['experience', 0.5, 1, 2],
      ['behavioural', 1, 1, 1],
    ]);
    expect(analysis.overall).toMatchObject({ readiness: (3 + 1 + 2 + 1.5 + 3) / 15, rated: 5, total: 9 });
    expect(analysis.belowTarget).toBe(3);
    expect(radarPoints(analysis)).toEqual([
      { code: 'DG', target: 3, self: 2 },
      { code: 'DT', target: 3, self: null },
      { code: 'SPM', target: 3, self: 2 },
    ]);
    expect(analysis.starred).toEqual({ total: 1, outstanding: 1, nearestDeadline: { date: '2026-02-28', daysLeft: -272, status: 'overdue' } });
  });
});

describe('properties', () => {
  const arbitraryAssessment = fc
    .record({
      levels: fc.array(fc.option(fc.constantFrom(...levels), { nil: undefined }), { minLength: items.length, maxLength: items.length }),
      targets: fc.array(fc.option(fc.constantFrom(...levels), { nil: undefined }), { minLength: items.length, maxLength: items.length }),
      statuses: fc.array(fc.option(fc.constantFrom(...experienceStatuses), { nil: undefined }), { minLength: items.length, maxLength: items.length }),
    })
    .map(({ levels: chosen, targets, statuses }) => {
      const ratings: Assessment['ratings'] = {};
      const experience: Assessment['experience'] = {};
      items.forEach((item, index) => {
        if (item.kind === 'experience') {
          const status = statuses[index];
          if (status) experience[item.id] = { status };
        } else {
          const level = chosen[index];
          const target = targets[index];
          if (level !== undefined || target !== undefined)
            ratings[item.key] = { ...(level !== undefined ? { level } : {}), ...(target !== undefined ? { target } : {}) };
        }
      });
      return makeAssessment({ ratings, experience });
    });
  const readinessValues = (assessment: Assessment) => {
    const analysis = analyseGaps(items, assessment, { defaultTarget: 3, today });
    return [analysis.overall.readiness, ...analysis.groups.map((g) => g.readiness.readiness)];
  };

  it('keeps every readiness within [0, 1] and every gap non-negative', () => {
    fc.assert(
      fc.property(arbitraryAssessment, (assessment) => {
        const analysis = analyseGaps(items, assessment, { defaultTarget: 3, today });
        for (const value of readinessValues(assessment)) {
          if (value === null) continue;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        for (const s of analysis.standings) if (s.rated) expect(s.gap).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never raises a gap or lowers a readiness when a rating goes up', () => {
    fc.assert(
      fc.property(arbitraryAssessment, fc.nat(items.length - 1), (assessment, pick) => {
        const item = itemAt(pick);
        const raised = structuredClone(assessment);
        if (item.kind === 'experience') {
          const status = assessment.experience[item.id]?.status;
          if (status === undefined || status === 'yes') return;
          raised.experience[item.id] = { status: status === 'none' ? 'some' : 'yes' };
        } else {
          const level = assessment.ratings[item.key]?.level;
          if (level === undefined || level === 4) return;
          raised.ratings[item.key] = { ...assessment.ratings[item.key], level: (level + 1) as 1 | 2 | 3 | 4 };
        }
        const before = analyseGaps(items, assessment, { defaultTarget: 3, today });
        const after = analyseGaps(items, raised, { defaultTarget: 3, today });
        after.standings.forEach((s, index) => {
          const b = before.standings[index];
          if (s.rated && b?.rated) expect(s.gap).toBeLessThanOrEqual(b.gap);
        });
        readinessValues(raised).forEach((value, index) => {
          const previous = readinessValues(assessment)[index];
          if (value !== null && previous !== null && previous !== undefined) expect(value).toBeGreaterThanOrEqual(previous - 1e-12);
        });
      }),
    );
  });
});
