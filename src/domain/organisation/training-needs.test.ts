import { describe, expect, it } from 'vitest';
import { makeNeedPerson, makeResource, needItemOf, needItems } from '../../testing/training-needs-factory';
import { itemGapMatrix, itemTargetMatrix } from './organisation-aggregate';
import type { PersonRow, PersonSummary } from './organisation-people';
import { needPeopleOf, resourceDemand, trainingNeeds } from './training-needs';

const itemOf = needItemOf;
const makePerson = makeNeedPerson;
const today = '2026-12-06';

describe('trainingNeeds', () => {
  it('lists each person attending each resource that closes some of their gaps, with the points it closes up to their target', () => {
    const people = [
      makePerson({
        shortfalls: [
          { key: 'unit:DG100', gap: 2, target: 3 },
          { key: 'knowledge:agile', gap: 1, target: 4 },
        ],
      }),
      makePerson({ id: 'p2', agency: 'กรม ข', shortfalls: [{ key: 'unit:DG100', gap: 1, target: 2 }] }),
    ];
    const resources = [makeResource({ id: 'DG-4', level: 4, serves: ['unit:DG100', 'knowledge:agile'] }), makeResource({ id: 'DG-2', level: 2 })];
    const needs = trainingNeeds({ people, resources, itemOf, today });
    // DG-4 brings DG100 to 4, counted up to the target of 3 (2 points), and agile from 3 to 4 (1 point); DG-2 brings DG100 from 1 to 2.
    expect(needs.attendances).toEqual([
      {
        person: 0,
        resource: 0,
        needs: [
          { need: 0, reach: 3 },
          { need: 1, reach: 4 },
        ],
        points: 3,
        fiscalYear: 2027,
      },
      { person: 0, resource: 1, needs: [{ need: 0, reach: 2 }], points: 1, fiscalYear: 2027 },
      // Person 2 stands at 1 of a target of 2: either resource closes their gap.
      { person: 1, resource: 0, needs: [{ need: 2, reach: 2 }], points: 1, fiscalYear: 2027 },
      { person: 1, resource: 1, needs: [{ need: 2, reach: 2 }], points: 1, fiscalYear: 2027 },
    ]);
  });

  it('leaves out a resource that reaches no higher than where the person stands, and lists the gap as served by none', () => {
    const people = [
      makePerson({
        shortfalls: [
          { key: 'unit:DG100', gap: 1, target: 4 },
          { key: 'unit:DT200', gap: 2, target: 3 },
        ],
      }),
    ];
    const needs = trainingNeeds({ people, resources: [makeResource({ level: 3 })], itemOf, today });
    expect(needs.attendances).toEqual([]);
    expect(needs.unserved).toEqual([
      { key: 'unit:DT200', people: 1, points: 2, why: 'no-resource' },
      { key: 'unit:DG100', people: 1, points: 1, why: 'too-low' },
    ]);
  });

  it('dates a starred experience by its deadline, an item of the plan by its action, and any other gap today, in fiscal years from October', () => {
    const people = [
      makePerson({
        appointedOn: '2026-03-01',
        shortfalls: [
          { key: 'experience:ea', gap: 3, target: 3 },
          { key: 'unit:DG100', gap: 1, target: 3 },
          { key: 'unit:DT200', gap: 1, target: 3 },
        ],
        served: [
          { key: 'unit:DG100', status: 'planned', targetOn: '2027-11-15' },
          { key: 'unit:DT200', status: 'done', targetOn: '2028-01-01' },
        ],
      }),
    ];
    const needs = trainingNeeds({ people, resources: [], itemOf, today });
    expect(needs.needs.map(({ key, due, fiscalYear, starredDeadline }) => ({ key, due, fiscalYear, starredDeadline }))).toEqual([
      { key: 'experience:ea', due: '2028-03-01', fiscalYear: 2028, starredDeadline: '2028-03-01' },
      { key: 'unit:DG100', due: '2027-11-15', fiscalYear: 2028, starredDeadline: null },
      // A done action that left the gap open dates nothing: the gap is needed now.
      { key: 'unit:DT200', due: today, fiscalYear: 2027, starredDeadline: null },
    ]);
  });

  it('dates an overdue starred experience today, keeping its deadline', () => {
    const people = [makePerson({ appointedOn: '2024-01-10', shortfalls: [{ key: 'experience:ea', gap: 1.5, target: 3 }] })];
    const [need] = trainingNeeds({ people, resources: [makeResource({ serves: ['experience:ea'], level: 1 })], itemOf, today }).needs;
    expect(need).toMatchObject({ due: today, fiscalYear: 2027, starredDeadline: '2026-01-10', now: 1.5 });
  });

  it('closes the whole of an experience whatever level the resource names', () => {
    const people = [makePerson({ shortfalls: [{ key: 'experience:ea', gap: 1.5, target: 3 }] })];
    const needs = trainingNeeds({ people, resources: [makeResource({ serves: ['experience:ea'], level: 1 })], itemOf, today });
    expect(needs.attendances[0]?.points).toBe(1.5);
  });
});

describe('resourceDemand', () => {
  const people = [
    makePerson({ agency: 'กรม ก', shortfalls: [{ key: 'unit:DG100', gap: 2, target: 3 }] }),
    makePerson({
      id: 'p2',
      agency: 'กรม ข',
      shortfalls: [
        { key: 'unit:DG100', gap: 1, target: 3 },
        { key: 'unit:DT200', gap: 1, target: 3 },
      ],
    }),
    makePerson({ id: 'p3', agency: 'กรม ข', shortfalls: [{ key: 'unit:DG100', gap: 3, target: 3 }] }),
  ];
  const resources = [makeResource({ id: 'DT', serves: ['unit:DT200'], hours: 6, costBaht: 0 }), makeResource({ id: 'DG', hours: 12, costBaht: 3000 })];
  const needs = trainingNeeds({ people, resources, itemOf, today });

  it('counts the people short on what each resource serves, their hours and cost, most people first', () => {
    expect(resourceDemand(needs, resources)).toEqual([
      { resource: 1, group: '', people: 3, hours: 36, costBaht: 9000, points: 6 },
      { resource: 0, group: '', people: 1, hours: 6, costBaht: 0, points: 1 },
    ]);
  });

  it('splits the demand by agency, or by any grouping of the attendances', () => {
    const byAgency = resourceDemand(needs, resources, (attendance) => people[attendance.person]?.agency ?? '');
    expect(byAgency).toEqual([
      { resource: 1, group: 'กรม ข', people: 2, hours: 24, costBaht: 6000, points: 4 },
      { resource: 1, group: 'กรม ก', people: 1, hours: 12, costBaht: 3000, points: 2 },
      { resource: 0, group: 'กรม ข', people: 1, hours: 6, costBaht: 0, points: 1 },
    ]);
  });
});

describe('needPeopleOf', () => {
  it('reads each person’s gaps and targets back from the roll-up’s people × items matrices', () => {
    const itemKeys = ['unit:DG100', 'unit:DT200', 'knowledge:agile'];
    const rows = [
      { ...makePerson({ id: 'a', shortfalls: [{ key: 'unit:DT200', gap: 2, target: 4 }] }) },
      {
        ...makePerson({
          id: 'b',
          shortfalls: [
            { key: 'unit:DG100', gap: 1, target: 3 },
            { key: 'knowledge:agile', gap: 3, target: 3 },
          ],
        }),
      },
    ];
    const asRows = rows.map((row) => ({ ...row, profileId: 'dcio' }) as unknown as PersonRow);
    const gaps = itemGapMatrix(asRows, itemKeys, { dcio: needItems });
    const targets = itemTargetMatrix(asRows, itemKeys);
    expect([...targets]).toEqual([Number.NaN, 4, Number.NaN, 3, Number.NaN, 3]);
    const summaries = [rows[1], rows[0]].map((row) => ({ ...row }) as unknown as PersonSummary);
    const people = needPeopleOf(summaries, { itemKeys, gaps, targets, rowOf: (id) => (id === 'a' ? 0 : 1) });
    expect(people.map((person) => ({ id: person.id, shortfalls: person.shortfalls }))).toEqual([
      {
        id: 'b',
        shortfalls: [
          { key: 'unit:DG100', gap: 1, target: 3 },
          { key: 'knowledge:agile', gap: 3, target: 3 },
        ],
      },
      { id: 'a', shortfalls: [{ key: 'unit:DT200', gap: 2, target: 4 }] },
    ]);
  });
});
