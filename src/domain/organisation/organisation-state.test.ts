import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/assessment';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { organisationTotals } from './organisation-aggregate';
import type { FileOutcome } from './organisation-combine';
import { heldRollupOf, heldRollupText, keptRollupSchema, keysByProfile, rollupStateOf } from './organisation-kept';
import { keptRollupText } from './organisation-kept-text';
import { personRow } from './organisation-people';
import { defaultPeopleSort, sortPeople } from './organisation-people-view';
import { joinAssessments, separateAssessment } from './organisation-persons';
import { fromRecord, toRecord } from './organisation-record';
import { itemsByProfile } from '../assessment/items-by-profile';
import { heldAgain, keysOf, personRowsOf, rollUpState } from './organisation-rollup';
import { addFiles, emptyRollupState, recomputeRows, removeAssessments, removeFiles, type RollupState } from './organisation-state';
import { experienceStatuses } from '../profile/rating-scale';

const catalogue = makeCatalogue();
const profiles = [makeProfile(), makeProfile({ id: 'dcio', abbreviation: 'DCIO', competencies: ['DG100', 'DT100'], knowledge: [], behavioural: [] })];
const items = itemsByProfile({ profiles, catalogue });
const input = { items, defaultTarget: 3 as const, today: '2026-11-27' };
const file = (name: string, assessments: Assessment[]): FileOutcome => ({ file: name, ok: true, assessments, migratedFrom: null });
const read = (state: RollupState, outcomes: FileOutcome[]) =>
  addFiles(
    state,
    outcomes.map((outcome) => personRowsOf(outcome, input)),
  );
const person = (id: string, name: string, agency: string, assessedOn: string, overrides: Partial<Assessment> = {}) =>
  makeAssessment({
    id,
    appointee: { name, position: 'ผู้อำนวยการ', agency, appointedOn: '2024-01-10', assessedOn },
    updatedAt: `${assessedOn}T03:00:00.000Z`,
    ...overrides,
  });

describe('one row per person', () => {
  const lastYear = person('somchai-2568', 'นายสมชาย ใจดี', 'กรม ก', '2025-10-01', { ratings: { 'unit:DG100': { level: 1 } } });
  const thisYear = person('somchai-2569', 'ดร.สมชาย ใจดี', 'กรม ก', '2026-10-01', { ratings: { 'unit:DG100': { level: 3 } } });
  const other = person('suda-2569', 'นางสาวสุดา ศรีสุข', 'กรม ข', '2026-10-02', { ratings: { 'unit:DG100': { level: 1 } } });
  const rollup = rollUpState(read(emptyRollupState, [file('a.json', [lastYear, thisYear]), file('b.json', [other])]), items);

  it('takes the same name without its title in the same agency as one person, counted from the latest assessment', () => {
    expect(rollup.people.map((entry) => entry.id).sort()).toEqual(['somchai-2569', 'suda-2569']);
    const somchai = rollup.people.find((entry) => entry.id === 'somchai-2569');
    expect(somchai).toMatchObject({ basis: 'name-and-agency', assessedOn: '2026-10-01', belowTarget: 0 });
    expect(somchai?.earlier.map((entry) => entry.id)).toEqual(['somchai-2568']);
    expect(rollup.assessments).toBe(3);
    expect(rollup.dataAsOf).toBe('2026-10-02');
  });

  it('counts each person once in every figure: people, items below target and the ranking', () => {
    expect(organisationTotals(rollup.people)).toMatchObject({
      people: 2,
      belowTarget: organisationTotals(rollup.people.filter((entry) => entry.id === 'suda-2569')).belowTarget,
    });
    expect(rollup.ranking.find((entry) => entry.item.key === 'unit:DG100')).toMatchObject({ required: 2, below: 1 });
  });

  it('sorts names without their titles', () => {
    const people = rollUpState(
      read(emptyRollupState, [
        file('c.json', [
          person('a-one', 'ว่าที่ร้อยตรีกานดา ทองดี', 'ก', '2026-10-01'),
          person('b-two', 'ดร.อนันต์ บุญมา', 'ก', '2026-10-01'),
          person('c-three', 'นายธีระ แก้วกล้า', 'ก', '2026-10-01'),
        ]),
      ]),
      items,
    ).people;
    expect(sortPeople(people, { key: 'name', direction: 'ascending' }).map((entry) => entry.sortName)).toEqual(['กานดา ทองดี', 'ธีระ แก้วกล้า', 'อนันต์ บุญมา']);
  });

  it('lets HR separate a wrong match and join a missed one', () => {
    const held = read(emptyRollupState, [file('a.json', [lastYear, thisYear]), file('b.json', [other])]);
    const apart = rollUpState({ ...held, overrides: separateAssessment(held.overrides, 'somchai-2568') }, items);
    expect(apart.people).toHaveLength(3);
    const joined = rollUpState({ ...held, overrides: joinAssessments(held.overrides, 'somchai-2569', 'suda-2569') }, items);
    expect(joined.people).toHaveLength(1);
    expect(joined.people[0]).toMatchObject({ id: 'suda-2569', basis: 'joined' });
  });
});

describe('what the roll-up holds', () => {
  const one = person('one-0001', 'สมชาย ใจดี', 'กรม ก', '2026-10-01');
  const newer = { ...one, updatedAt: '2026-11-01T00:00:00.000Z', ratings: { 'unit:DG100': { level: 2 as const } } };
  const two = person('two-0002', 'สุดา ศรีสุข', 'กรม ข', '2026-10-01');

  it('keeps the more recently updated copy of an assessment whatever the order, and lists the other', () => {
    for (const order of [
      [file('old.json', [one]), file('new.json', [newer])],
      [file('new.json', [newer]), file('old.json', [one])],
    ]) {
      const held = read(emptyRollupState, order);
      expect(held.assessments.get('one-0001')?.file).toBe('new.json');
      expect(held.duplicates).toEqual([
        {
          id: 'one-0001',
          name: one.appointee.name,
          kept: { file: 'new.json', updatedAt: newer.updatedAt },
          dropped: { file: 'old.json', updatedAt: one.updatedAt },
        },
      ]);
    }
  });

  it('replaces a file read again under the same name, refusal and all', () => {
    const first = read(emptyRollupState, [{ file: 'x.json', ok: false, path: '', reason: { th: 'เสีย', en: 'broken' } }, file('y.json', [one])]);
    const again = read(first, [file('x.json', [two])]);
    expect([...again.files.values()].map((entry) => [entry.file, entry.ok])).toEqual([
      ['y.json', true],
      ['x.json', true],
    ]);
    expect([...again.assessments.keys()].sort()).toEqual(['one-0001', 'two-0002']);
  });

  it('works every row out again for another day from what was read, the days and statuses with it', () => {
    const held = read(emptyRollupState, [file('a.json', [one])]);
    const later = recomputeRows(held, (record, name) => heldAgain(record, name, { ...input, today: '2027-03-07' }).row);
    const days = (state: RollupState) => rollUpState(state, items).people[0]?.nearestDeadline?.daysLeft ?? Number.NaN;
    expect(days(later) - days(held)).toBe(-100);
    expect(later.assessments.get('one-0001')?.held.record).toBe(held.assessments.get('one-0001')?.held.record);
  });

  it('takes out a file with what came from it, and a person with their files', () => {
    const held = read(emptyRollupState, [file('a.json', [one]), file('b.json', [two]), file('c.json', [newer])]);
    expect([...removeFiles(held, ['b.json']).assessments.keys()]).toEqual(['one-0001']);
    const withoutNewer = removeFiles(held, ['c.json']);
    expect([...withoutNewer.assessments.keys()]).toEqual(['two-0002']);
    expect(withoutNewer.duplicates).toEqual([]);
    const withoutOne = removeAssessments(held, ['one-0001']);
    expect([...withoutOne.files.keys()]).toEqual(['b.json']);
  });
});

const levelArb = fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined });
const assessmentArb = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9]{6,10}$/),
    profileId: fc.constantFrom('mcio' as const, 'dcio' as const),
    name: fc.constantFrom('นายสมชาย ใจดี', 'ดร.สมชาย ใจดี', 'นางสุดา ศรีสุข', ''),
    agency: fc.constantFrom('กรม ก', 'กรม ข'),
    assessedOn: fc.constantFrom('2025-10-01', '2026-10-01'),
    ratings: fc.dictionary(
      fc.constantFrom('unit:DG100', 'unit:DT100', 'unit:DG200', 'criterion:SPM304.1', 'knowledge:k-one', 'behavioural:visioning'),
      fc.record({ level: levelArb, target: levelArb }),
    ),
    experience: fc.dictionary(fc.constantFrom('e-one', 'e-two'), fc.constantFrom(...experienceStatuses)),
    serves: fc.subarray(['unit:DG100', 'experience:e-two']),
  })
  .map(({ id, profileId, name, agency, assessedOn, ratings, experience, serves }) => {
    const clean = <T extends object>(record: T) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
    return makeAssessment({
      id,
      profileId,
      appointee: { name, position: 'ผู้อำนวยการ', agency, appointedOn: '2024-06-01', assessedOn },
      ratings: Object.fromEntries(Object.entries(ratings).map(([key, rating]) => [key, clean(rating)])),
      experience: Object.fromEntries(Object.entries(experience).map(([key, status]) => [key, { status }])),
      actions: serves.length === 0 ? [] : [{ id: 'action-1', kind: 'course', description: 'อบรม', serves, targetOn: '2027-01-31', status: 'planned' }],
    });
  });

describe('a kept roll-up', () => {
  it('gives every assessment the row its gap screen gives, from what is kept of it', () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const list = items[assessment.profileId] ?? [];
        const kept = fromRecord(toRecord(assessment, 'a.json', keysOf(list)), keysOf(list));
        expect(personRow(kept, list, { source: 'a.json', defaultTarget: 3, today: '2026-11-27' })).toEqual(
          personRow(assessment, list, { source: 'a.json', defaultTarget: 3, today: '2026-11-27' }),
        );
      }),
    );
  });

  it("reads back as the same people and figures, with HR's corrections, and holds no figure", () => {
    fc.assert(
      fc.property(fc.uniqueArray(assessmentArb, { selector: (assessment) => assessment.id, maxLength: 12 }), (assessments) => {
        const held = read(emptyRollupState, [
          file('a.json', assessments.slice(0, 6)),
          file('b.json', assessments.slice(6)),
          { file: 'bad.json', ok: false, path: '', reason: { th: 'เสีย', en: 'broken' } },
        ]);
        const withOverrides = { ...held, overrides: assessments[0] ? separateAssessment(held.overrides, assessments[0].id) : held.overrides };
        const keys = keysByProfile(items, keysOf);
        // Written from the entries' own JSON, written once: the same as the whole written at once.
        expect(JSON.parse(heldRollupText(withOverrides, keys))).toEqual(JSON.parse(JSON.stringify(heldRollupOf(withOverrides, keys))));
        const text = keptRollupText(heldRollupText(withOverrides, keys), '2026-11-27T03:00:00.000Z');
        expect(text).not.toMatch(/"(overall|daysLeft|status|readiness)"\s*:\s*(-?\d|null|"(overdue|due-soon|on-track|acquired)")/);
        const parsed = keptRollupSchema.safeParse(JSON.parse(text));
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
        const again = rollupStateOf(parsed.data.rollup, (record, name, keys) => heldAgain(record, name, input, keys));
        const sorted = (state: RollupState) => sortPeople(rollUpState(state, items).people, defaultPeopleSort);
        expect(sorted(again)).toEqual(sorted(withOverrides));
        expect(rollUpState(again, items).refused).toEqual(
          rollUpState(withOverrides, items).refused.map(({ file: name, ok, path, reason }) => ({ file: name, ok, path, reason })),
        );
      }),
    );
  });
});
