import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../scripts/rollup-backups.mjs';
import { makeNeedPerson, makeResource, needItemOf, needItems } from '../../testing/training-needs-factory';
import { pointsOfChoice, proposeBudget } from './budget-plan';
import type { PersonShortfall } from './organisation-people';
import type { Resource } from '../scoring/resource-catalogue';
import { trainingNeeds, type NeedPerson, type TrainingNeeds } from './training-needs';

const today = '2026-12-06';
const needsOf = (people: NeedPerson[], resources: Resource[]) => trainingNeeds({ people, resources, itemOf: needItemOf, today });
const dg = (gap: number): PersonShortfall => ({ key: 'unit:DG100', gap, target: 3 });

describe('proposeBudget', () => {
  it('funds the attendances that close the most gap points per baht, while the budget lasts', () => {
    const people = [
      makeNeedPerson({ shortfalls: [dg(2)] }),
      makeNeedPerson({ id: 'p2', shortfalls: [dg(1)] }),
      makeNeedPerson({ id: 'p3', shortfalls: [dg(3)] }),
    ];
    const resources = [makeResource({ id: 'DG', costBaht: 1000, hours: 6 })];
    const needs = needsOf(people, resources);
    const proposal = proposeBudget(needs, resources, { fiscalYear: 2027, budgetBaht: 2500 });
    // Three points for 1,000 baht (person 3), then two (person 1); person 2 would need 500 baht more.
    expect(proposal.choices.map((choice) => needs.attendances[choice.attendance]?.person)).toEqual([2, 0]);
    expect(proposal).toMatchObject({ costBaht: 2000, hours: 12, points: 5, pointsDue: 6, open: [{ need: 1, left: 1 }] });
    expect(proposal.funded).toEqual([{ resource: 0, attendances: [2, 0], costBaht: 2000, hours: 12, points: 5 }]);
  });

  it('counts a gap once when two resources serve it, and funds a free one first', () => {
    const people = [makeNeedPerson({ shortfalls: [dg(2)] })];
    const resources = [makeResource({ id: 'PAID', costBaht: 1000, level: 3 }), makeResource({ id: 'FREE', costBaht: 0, kind: 'mentoring', level: 2 })];
    const needs = needsOf(people, resources);
    const proposal = proposeBudget(needs, resources, { fiscalYear: 2027, budgetBaht: 5000 });
    // The free one brings DG100 from 1 to 2; the paid one then closes the one point left, not two.
    expect(proposal.choices.map(({ attendance, points }) => ({ resource: resources[needs.attendances[attendance]?.resource ?? -1]?.id, points }))).toEqual([
      { resource: 'FREE', points: 1 },
      { resource: 'PAID', points: 1 },
    ]);
    expect(proposal.points).toBe(2);
  });

  it('closes a starred experience due before the year ends before any better buy, and leaves out what is due later', () => {
    const people = [
      makeNeedPerson({ appointedOn: '2025-06-01', shortfalls: [{ key: 'experience:ea', gap: 3, target: 3 }] }),
      makeNeedPerson({ id: 'p2', appointedOn: '2026-06-01', shortfalls: [{ key: 'experience:ea', gap: 3, target: 3 }, dg(3)] }),
    ];
    const resources = [makeResource({ id: 'EA', serves: ['experience:ea'], costBaht: 9000 }), makeResource({ id: 'DG', costBaht: 1000 })];
    const needs = needsOf(people, resources);
    // Person 1's deadline (1 Jun 2027) falls in fiscal year 2027; person 2's (1 Jun 2028) in 2028.
    const proposal = proposeBudget(needs, resources, { fiscalYear: 2027, budgetBaht: 10_000 });
    expect(proposal.choices.map(({ attendance, tier }) => ({ person: needs.attendances[attendance]?.person, tier }))).toEqual([
      { person: 0, tier: 'starred' },
      { person: 1, tier: 'other' },
    ]);
    expect(proposal.pointsDue).toBe(6);
    expect(proposeBudget(needs, resources, { fiscalYear: 2028, budgetBaht: 10_000 }).pointsDue).toBe(9);
  });

  it('funds a pinned resource first, never a dropped one, and keeps within the hours when they are given', () => {
    const people = [makeNeedPerson({ shortfalls: [dg(2)] }), makeNeedPerson({ id: 'p2', shortfalls: [dg(2)] })];
    const resources = [makeResource({ id: 'CHEAP', costBaht: 100, hours: 30 }), makeResource({ id: 'DEAR', costBaht: 900, hours: 10 })];
    const needs = needsOf(people, resources);
    const idsOf = (proposal: ReturnType<typeof proposeBudget>) =>
      proposal.funded.map((funded) => `${resources[funded.resource]?.id} ×${funded.attendances.length}`);
    expect(idsOf(proposeBudget(needs, resources, { fiscalYear: 2027, budgetBaht: 2000 }))).toEqual(['CHEAP ×2']);
    expect(idsOf(proposeBudget(needs, resources, { fiscalYear: 2027, budgetBaht: 2000, pinned: new Set(['DEAR']) }))).toEqual(['DEAR ×2']);
    expect(idsOf(proposeBudget(needs, resources, { fiscalYear: 2027, budgetBaht: 2000, dropped: new Set(['CHEAP']) }))).toEqual(['DEAR ×2']);
    expect(idsOf(proposeBudget(needs, resources, { fiscalYear: 2027, budgetBaht: 2000, budgetHours: 40 }))).toEqual(['CHEAP ×1', 'DEAR ×1']);
  });

  it('does not spend the budget on many small buys when one large one closes more', () => {
    const people = [makeNeedPerson({ shortfalls: [dg(1)] }), makeNeedPerson({ id: 'p2', shortfalls: [{ key: 'unit:DT200', gap: 3, target: 3 }] })];
    const resources = [makeResource({ id: 'SMALL', costBaht: 10 }), makeResource({ id: 'LARGE', serves: ['unit:DT200'], costBaht: 1000 })];
    const proposal = proposeBudget(needsOf(people, resources), resources, { fiscalYear: 2027, budgetBaht: 1000 });
    // One point for 10 baht is the best buy per baht, but it leaves too little for three points at 1,000.
    expect(proposal).toMatchObject({ points: 3, costBaht: 1000 });
  });
});

/** A small random organisation: up to 4 people, 4 resources and 12 attendances, so that every choice can be tried. */
function smallCase(random: () => number): { needs: TrainingNeeds; resources: Resource[]; budgetBaht: number; budgetHours?: number } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const keys = needItems.map((item) => item.key);
  const resources = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, index) =>
    makeResource({
      id: `R${index}`,
      serves: keys
        .filter(() => random() < 0.45)
        .concat(pick(keys))
        .filter((key, at, list) => list.indexOf(key) === at),
      level: 1 + Math.floor(random() * 4),
      costBaht: pick([0, 500, 1000, 1500, 2500, 4000, 7000]),
      hours: pick([3, 6, 12, 18, 30]),
    }),
  );
  const people = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, index) =>
    makeNeedPerson({
      id: `p${index}`,
      appointedOn: pick(['2025-03-01', '2025-11-01', '2026-08-01']),
      shortfalls: keys
        .filter(() => random() < 0.6)
        .map((key) => {
          const target = key.startsWith('experience') ? 3 : pick([2, 3, 4]);
          return { key, target, gap: key.startsWith('experience') ? pick([1.5, 3]) : 1 + Math.floor(random() * target) };
        }),
    }),
  );
  const needs = needsOf(people, resources);
  const budgetBaht = pick([1000, 2500, 4000, 6000, 9000, 15000]);
  return {
    needs: { ...needs, attendances: needs.attendances.slice(0, 12) },
    resources,
    budgetBaht,
    ...(random() < 0.3 ? { budgetHours: pick([12, 24, 40]) } : {}),
  };
}

/** The best (starred points, then all points) of every set of attendances within the budget. */
function bruteForce({ needs, resources, budgetBaht, budgetHours }: ReturnType<typeof smallCase>, fiscalYear: number): { starred: number; points: number } {
  const count = needs.attendances.length;
  const yearEnd = `${fiscalYear}-09-30`;
  const starredNeeds: TrainingNeeds = {
    ...needs,
    needs: needs.needs.map((need) =>
      need.starredDeadline !== null && need.starredDeadline <= yearEnd ? need : { ...need, fiscalYear: Number.POSITIVE_INFINITY },
    ),
  };
  let best = { starred: 0, points: 0 };
  for (let mask = 0; mask < 1 << count; mask++) {
    const chosen = needs.attendances.flatMap((_, index) => ((mask >> index) & 1 ? [index] : []));
    const cost = chosen.reduce((total, index) => total + (resources[needs.attendances[index]?.resource ?? -1]?.costBaht ?? 0), 0);
    const hours = chosen.reduce((total, index) => total + (resources[needs.attendances[index]?.resource ?? -1]?.hours ?? 0), 0);
    if (cost > budgetBaht || (budgetHours !== undefined && hours > budgetHours)) continue;
    const score = { starred: pointsOfChoice(starredNeeds, chosen, fiscalYear), points: pointsOfChoice(needs, chosen, fiscalYear) };
    if (score.starred > best.starred || (score.starred === best.starred && score.points > best.points)) best = score;
  }
  return best;
}

describe('proposeBudget against the best possible choice', () => {
  it('finds the best choice in 391 of 400 small cases, closes 99.3% of the best’s points over all and never less than 55% on one case (docs/training-needs.md)', () => {
    const random = mulberry32(27);
    let bestTotal = 0;
    let ourTotal = 0;
    let worst = 1;
    let optimal = 0;
    for (let run = 0; run < 400; run++) {
      const small = smallCase(random);
      const proposal = proposeBudget(small.needs, small.resources, {
        fiscalYear: 2027,
        budgetBaht: small.budgetBaht,
        ...(small.budgetHours === undefined ? {} : { budgetHours: small.budgetHours }),
      });
      const best = bruteForce(small, 2027);
      const starred = proposal.choices.reduce((total, choice) => total + choice.starredPoints, 0);
      // Never more than the best (the brute force would be wrong), and never fewer starred points than it closes.
      expect(proposal.points).toBeLessThanOrEqual(best.points + 1e-9);
      expect(starred).toBeGreaterThanOrEqual(best.starred - 1e-9);
      bestTotal += best.points;
      ourTotal += proposal.points;
      if (best.points > 0) worst = Math.min(worst, proposal.points / best.points);
      if (proposal.points >= best.points - 1e-9) optimal += 1;
    }
    // Measured with this seed: the best on 391 cases, 99.37% of the best's points over all, 55.6% in the worst case.
    expect(optimal).toBeGreaterThanOrEqual(391);
    expect(ourTotal / bestTotal).toBeGreaterThanOrEqual(0.993);
    expect(worst).toBeGreaterThanOrEqual(0.55);
  });
});
