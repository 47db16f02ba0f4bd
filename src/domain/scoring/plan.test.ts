import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { listAssessmentItems } from '../assessment/assessment-items';
import { addDays } from '../calendar/calendar-date';
import type { DevelopmentAction } from '../assessment/development-action';
import { rankPriorities } from './gaps';
import { itemStanding } from './scoring';
import { groupActions, itemsNeedingPlan, plannableItems, planWarnings, suggestAction } from './plan';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';

const items = listAssessmentItems(makeProfile(), makeCatalogue());
const appointedOn = '2025-10-01'; // deadline 2027-10-01
const assessment = makeAssessment({
  appointee: { ...makeAssessment().appointee, appointedOn },
  ratings: { 'unit:DG100': { level: 1 }, 'unit:DG200': { level: 3 }, 'knowledge:k-one': { level: 2 } },
  experience: { 'e-one': { status: 'none' } },
});
const action = (overrides: Partial<DevelopmentAction>): DevelopmentAction => ({
  id: 'action-1',
  kind: 'course',
  description: 'x',
  targetOn: '2027-01-01',
  status: 'planned',
  serves: ['unit:DG100'],
  ...overrides,
});

describe('itemsNeedingPlan', () => {
  it('takes rated items short of target and every starred experience not yet acquired', () => {
    expect(itemsNeedingPlan(items, assessment, 3).map((item) => item.key)).toEqual(['unit:DG100', 'knowledge:k-one', 'experience:e-one', 'experience:e-two']);
  });
});

const today = '2026-11-27';

describe('planWarnings', () => {
  it("lists the uncovered gaps in the gap screen's priority order, then starred experience not yet rated, with its deadline", () => {
    const { uncovered } = planWarnings(items, assessment, [], { defaultTarget: 3, today });
    const priorities = rankPriorities(
      items.map((item, index) => itemStanding(item, index, assessment, 3)),
      { appointedOn, today },
    );
    expect(uncovered.slice(0, priorities.length).map((gap) => gap.item.key)).toEqual(priorities.map((priority) => priority.standing.item.key));
    expect(uncovered.map((gap) => gap.item.key)).toEqual(['experience:e-one', 'unit:DG100', 'knowledge:k-one', 'experience:e-two']);
    expect(uncovered[1]?.standing).toMatchObject({ rated: true, gap: 2 });
    expect(uncovered.at(-1)).toMatchObject({ standing: { rated: false }, deadline: { date: '2027-10-01', daysLeft: 308 } });
  });

  it('names the gaps with no action', () => {
    const { uncovered } = planWarnings(items, assessment, [action({ serves: ['unit:DG100', 'knowledge:k-one'] })], { defaultTarget: 3, today });
    expect(uncovered.map((gap) => gap.item.key)).toEqual(['experience:e-one', 'experience:e-two']);
  });

  it('warns when an action for a starred experience ends after its deadline, unless it is done', () => {
    const late = action({ id: 'late-1', serves: ['experience:e-two'], targetOn: '2027-10-02' });
    const onTime = action({ id: 'ontime', serves: ['experience:e-two'], targetOn: '2027-10-01' });
    const done = action({ id: 'done-1', serves: ['experience:e-two'], targetOn: '2028-01-01', status: 'done' });
    expect(planWarnings(items, assessment, [late, onTime, done], { defaultTarget: 3, today }).lateActions).toEqual([
      { action: late, itemKey: 'experience:e-two', deadline: '2027-10-01' },
    ]);
  });
});

describe('suggestAction', () => {
  const starred = items.find((item) => item.key === 'experience:e-two');
  const knowledge = items.find((item) => item.key === 'knowledge:k-one');
  if (!starred || !knowledge) throw new Error('fixture');

  it('suggests an assignment for starred experience that ends before the deadline', () => {
    const suggestion = suggestAction(starred, { appointedOn, today: '2027-06-01' });
    expect(suggestion).toEqual({ kind: 'assignment', startOn: '2027-06-01', targetOn: '2027-09-01', status: 'planned', serves: ['experience:e-two'] });
  });

  it('suggests a study visit for the study-visit item, and never a date in the past when the deadline has gone', () => {
    const studyVisit = { ...starred, id: 'study-visit', key: 'experience:study-visit' as const };
    expect(suggestAction(studyVisit, { appointedOn, today: '2028-01-01' })).toMatchObject({ kind: 'study-visit', targetOn: '2028-01-31' });
  });

  it('suggests a course in six months for a knowledge gap', () => {
    expect(suggestAction(knowledge, { appointedOn, today: '2026-11-27' })).toMatchObject({ kind: 'course', targetOn: addDays('2026-11-27', 182) });
  });
});

describe('groupActions', () => {
  it('groups by status in the order planned, in progress, done, each by target date', () => {
    const grouped = groupActions([
      action({ id: 'b-later', targetOn: '2027-05-01' }),
      action({ id: 'a-sooner', targetOn: '2027-02-01' }),
      action({ id: 'c-doing', status: 'in-progress' }),
      action({ id: 'd-done', status: 'done' }),
    ]);
    expect(grouped.map((group) => [group.status, group.actions.map((a) => a.id)])).toEqual([
      ['planned', ['a-sooner', 'b-later']],
      ['in-progress', ['c-doing']],
      ['done', ['d-done']],
    ]);
  });

  it('moves dates by days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('plannableItems', () => {
  it('offers what the self-assessment or the chosen basis finds short, in the circular order', () => {
    const self = makeAssessment({ ratings: { 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 4 } }, experience: { 'e-two': { status: 'yes' } } });
    // (The starred e-two is acquired by both: it needs no plan.)
    // The reviewer finds DT100 short, which the appointee rated above target.
    const basis = { ...self, ratings: { 'unit:DG100': { level: 3 as const }, 'unit:DT100': { level: 1 as const } } };
    expect(plannableItems(items, self, basis, 3).map((item) => item.key)).toEqual(['unit:DG100', 'unit:DT100']);
    expect(plannableItems(items, self, self, 3).map((item) => item.key)).toEqual(['unit:DG100']);
  });
});
