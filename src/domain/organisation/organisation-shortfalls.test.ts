import { describe, expect, it } from 'vitest';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { listAssessmentItems } from '../assessment/assessment-items';
import { everyShortfall, peopleShortOn, planCoverage, planTotals, type ShortfallPerson } from './organisation-shortfalls';

const items = listAssessmentItems(makeProfile(), makeCatalogue());
const itemOf = (key: string) => {
  const item = items.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
};
const [dg100, starred] = [itemOf('unit:DG100'), itemOf('experience:e-two')];

const person = (id: string, overrides: Partial<ShortfallPerson> = {}): ShortfallPerson => ({ id, nearestDeadline: null, served: [], ...overrides });
const overdue = { date: '2026-10-01', daysLeft: -66, status: 'overdue' as const };
const soon = { date: '2027-01-20', daysLeft: 45, status: 'due-soon' as const };

describe('who is short of what', () => {
  it('lists the people short on an item with their gap, the deadline of starred experience and whether their plan serves it', () => {
    const people = [
      person('met'),
      person('no-role'),
      person('short', { nearestDeadline: overdue, served: [{ key: 'unit:DG100', status: 'in-progress', targetOn: '2027-03-31' }] }),
      person('shorter'),
    ];
    const gaps: Record<string, number | null> = { met: 0, 'no-role': null, short: 1, shorter: 2 };
    const shortfalls = peopleShortOn(dg100, people, (p) => gaps[p.id] ?? null);
    expect(shortfalls.map((shortfall) => [shortfall.person.id, shortfall.gap, shortfall.deadline, shortfall.planned?.status ?? null])).toEqual([
      ['shorter', 2, null, null],
      ['short', 1, null, 'in-progress'],
    ]);
  });

  it('puts starred experience with the soonest deadline first, overdue before due soon', () => {
    const people = [person('soon', { nearestDeadline: soon }), person('none'), person('overdue', { nearestDeadline: overdue })];
    const shortfalls = peopleShortOn(starred, people, () => 1);
    expect(shortfalls.map((shortfall) => [shortfall.person.id, shortfall.deadline?.status ?? null])).toEqual([
      ['overdue', 'overdue'],
      ['soon', 'due-soon'],
      ['none', null],
    ]);
  });

  it('gives one row a person and item short of target, in the order of the people and of the items', () => {
    const people = [person('a'), person('b', { served: [{ key: 'experience:e-two', status: 'planned', targetOn: '2027-06-30' }] })];
    const gaps: Record<string, number> = { 'a unit:DG100': 2, 'a experience:e-two': 0, 'b unit:DG100': 1, 'b experience:e-two': 1 };
    const shortfalls = everyShortfall(people, [dg100, starred], (p, item) => gaps[`${p.id} ${item.key}`] ?? null);
    expect(shortfalls.map((shortfall) => `${shortfall.person.id} ${shortfall.item.key} ${shortfall.gap} ${shortfall.planned ? 'planned' : '-'}`)).toEqual([
      'a unit:DG100 2 -',
      'b unit:DG100 1 -',
      'b experience:e-two 1 planned',
    ]);
  });

  it('counts how much of the shortfall a plan covers, and the overdue shortfalls no action serves', () => {
    const people = [
      person('a', { nearestDeadline: overdue }),
      person('b', { nearestDeadline: overdue, served: [{ key: 'experience:e-two', status: 'done', targetOn: '2026-09-30' }] }),
    ];
    const shortfalls = everyShortfall(people, [dg100, starred], () => 1);
    expect(planCoverage(shortfalls)).toEqual({ shortfalls: 4, planned: 1, overdueUnplanned: 1, people: 2, peopleWithUnplanned: 2 });
    expect(planCoverage([])).toEqual({ shortfalls: 0, planned: 0, overdueUnplanned: 0, people: 0, peopleWithUnplanned: 0 });
  });

  it('counts the people with an item no action serves, and the people overdue whose starred experience no action serves', () => {
    const people = [
      { unplanned: 0, starredUnplanned: 0, status: 'overdue' as const },
      { unplanned: 2, starredUnplanned: 1, status: 'overdue' as const },
      { unplanned: 1, starredUnplanned: 0, status: 'overdue' as const },
      { unplanned: 3, starredUnplanned: 1, status: 'due-soon' as const },
    ];
    expect(planTotals(people)).toEqual({ withUnplanned: 3, overdueUnplanned: 1 });
  });
});
