import { describe, expect, it } from 'vitest';
import { makeNeedPerson, makeResource, needItemOf } from '../../testing/training-needs-factory';
import { proposeBudget } from './budget-plan';
import { bahtPerPoint, fiscalYearChoices, openByItem, parseBudgetAmount, unfundedResources } from './budget-view';
import { trainingNeeds } from './training-needs';

const today = '2026-12-06';
const dg = (gap: number) => ({ key: 'unit:DG100', gap, target: 3 });
const dt = (gap: number) => ({ key: 'unit:DT200', gap, target: 3 });

describe('the budget planner’s view of a proposal', () => {
  const people = [
    makeNeedPerson({ shortfalls: [dg(2), dt(1)] }),
    makeNeedPerson({ id: 'p2', shortfalls: [dg(1)] }),
    makeNeedPerson({ id: 'p3', appointedOn: '2026-06-01', shortfalls: [{ key: 'experience:ea', gap: 3, target: 3 }] }),
  ];
  const resources = [
    makeResource({ id: 'DG', costBaht: 1000 }),
    makeResource({ id: 'DT', serves: ['unit:DT200'], costBaht: 4000 }),
    makeResource({ id: 'EA', serves: ['experience:ea'], costBaht: 500 }),
  ];
  const needs = trainingNeeds({ people, resources, itemOf: needItemOf, today });

  it('offers today’s fiscal year and each later one a need falls in', () => {
    // Today (6 Dec 2026) is in fiscal year 2027; p3's starred experience is due 1 Jun 2028, in 2028.
    expect(fiscalYearChoices(needs, today)).toEqual([2027, 2028]);
    expect(fiscalYearChoices({ needs: [] }, today)).toEqual([2027]);
    expect(fiscalYearChoices(needs, today, 1)).toEqual([2027]);
  });

  it('lists the resources left out, with the people they would serve, and what stays open item by item', () => {
    const proposal = proposeBudget(needs, resources, { fiscalYear: 2027, budgetBaht: 1500 });
    expect(proposal.funded.map((funded) => resources[funded.resource]?.id)).toEqual(['DG']);
    // DG funds p1 (2 points for 1,000 baht); p2's DG (1 point) and DT (4,000 baht) no longer fit; EA's need falls
    // in 2028, so it is not listed for 2027. Equal points: the cheaper first.
    expect(unfundedResources(needs, resources, proposal, 2027)).toEqual([
      { resource: 0, people: 1, points: 1, costBaht: 1000 },
      { resource: 1, people: 1, points: 1, costBaht: 4000 },
    ]);
    expect(openByItem(needs, proposal)).toEqual([
      { key: 'unit:DG100', people: 1, left: 1 },
      { key: 'unit:DT200', people: 1, left: 1 },
    ]);
    const later = proposeBudget(needs, resources, { fiscalYear: 2028, budgetBaht: 0 });
    expect(unfundedResources(needs, resources, later, 2028).map((row) => resources[row.resource]?.id)).toEqual(['EA', 'DG', 'DT']);
    expect(openByItem(needs, later)).toEqual([
      { key: 'unit:DG100', people: 2, left: 3 },
      { key: 'experience:ea', people: 1, left: 3 },
      { key: 'unit:DT200', people: 1, left: 1 },
    ]);
  });

  it('gives the baht a gap point costs, and reads a budget as HR types it', () => {
    expect(bahtPerPoint(3000, 4)).toBe(750);
    expect(bahtPerPoint(0, 2)).toBe(0);
    expect(bahtPerPoint(1000, 0)).toBeNull();
    expect(parseBudgetAmount(' 1,500,000 ')).toBe(1_500_000);
    expect(parseBudgetAmount('๒๐๐๐๐')).toBe(20_000);
    for (const refused of ['', '-5', '1.5', '1e6', 'abc', '9'.repeat(13)]) expect(parseBudgetAmount(refused)).toBeNull();
  });
});
