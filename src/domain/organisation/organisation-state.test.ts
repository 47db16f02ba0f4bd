import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/assessment';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { organisationTotals } from './organisation-aggregate';
import type { FileOutcome } from './organisation-combine';
import { contentKey } from './file-key';
import { heldRollupOf, heldRollupText, keptRollupSchema, keysByProfile, rollupStateOf } from './organisation-kept';
import { keptRollupText } from './organisation-kept-text';
import { personRow } from './organisation-people';
import { defaultPeopleSort, sortPeople } from './organisation-people-view';
import { joinAssessments, separateAssessment } from './organisation-persons';
import { fromRecord, toRecord } from './organisation-record';
import { itemsByProfile } from '../assessment/items-by-profile';
import { heldAgain, keysOf, personRowsOf, rollUpState } from './organisation-rollup';
import { addFiles, emptyRollupState, filesAdded, recomputeRows, removeAssessments, removeFiles, type RollupState } from './organisation-state';
import { experienceStatuses } from '../profile/rating-scale';

const catalogue = makeCatalogue();
const profiles = [makeProfile(), makeProfile({ id: 'dcio', abbreviation: 'DCIO', competencies: ['DG100', 'DT100'], knowledge: [], behavioural: [] })];
const items = itemsByProfile({ profiles, catalogue });
const input = { items, defaultTarget: 3 as const, today: '2026-11-27' };
const file = (name: string, assessments: Assessment[]): FileOutcome => ({ file: name, ok: true, assessments, migratedFrom: null });
/** A file's key as the worker gives it (decision 025): its content's hash, whatever its name. */
const contentOf = (outcome: FileOutcome) => contentKey(JSON.stringify(outcome.ok ? outcome.assessments : outcome.reason));
const read = (state: RollupState, outcomes: FileOutcome[]) =>
  addFiles(
    state,
    outcomes.map((outcome) => ({ ...personRowsOf(outcome, input), key: contentOf(outcome) })),
  );
/** The key of the file held under `name` (the first of that name). */
const keyOf = (state: RollupState, name: string) => [...state.files.values()].find((entry) => entry.file === name)?.key ?? '';
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
          kept: { file: 'new.json', key: keyOf(held, 'new.json'), updatedAt: newer.updatedAt },
          dropped: { file: 'old.json', key: keyOf(held, 'old.json'), updatedAt: one.updatedAt },
        },
      ]);
    }
  });

  // Decision 025: every CIO's "export all" backup has the same name; the old rule (a file of a name already read
  // replaces it) dropped the first CIO without a word.
  it('keeps two different files of the same name, each with its people, and a refusal beside a good file of its name', () => {
    const first = read(emptyRollupState, [{ file: 'x.json', ok: false, path: '', reason: { th: 'เสีย', en: 'broken' } }, file('all.json', [one])]);
    const again = read(first, [file('x.json', [newer]), file('all.json', [two])]);
    expect([...again.files.values()].map((entry) => [entry.file, entry.ok])).toEqual([
      ['x.json', false],
      ['all.json', true],
      ['x.json', true],
      ['all.json', true],
    ]);
    expect([...again.assessments.keys()].sort()).toEqual(['one-0001', 'two-0002']);
    expect(rollUpState(again, items)).toMatchObject({ files: 4, assessments: 2, repeated: [] });
    expect(rollUpState(again, items).people).toHaveLength(2);
  });

  it('takes the very same file chosen again, under any name, as one: nothing changes but the list of files chosen again', () => {
    const first = read(emptyRollupState, [file('all.json', [one]), { file: 'bad.json', ok: false, path: '', reason: { th: 'เสีย', en: 'broken' } }]);
    const again = read(first, [
      file('all.json', [one]),
      file('copy of all.json', [one]),
      { file: 'bad.json', ok: false, path: '', reason: { th: 'เสีย', en: 'broken' } },
    ]);
    expect(again.files).toEqual(first.files);
    expect(again.assessments).toEqual(first.assessments);
    expect(again.duplicates).toEqual([]);
    expect(again.repeated).toEqual([
      { file: 'all.json', same: 'all.json', key: keyOf(first, 'all.json') },
      { file: 'copy of all.json', same: 'all.json', key: keyOf(first, 'all.json') },
      { file: 'bad.json', same: 'bad.json', key: keyOf(first, 'bad.json') },
    ]);
    // Taking the file out takes out the mention of its copies too.
    expect(removeFiles(again, [keyOf(first, 'all.json')]).repeated).toEqual([{ file: 'bad.json', same: 'bad.json', key: keyOf(first, 'bad.json') }]);
  });

  it('says what an addition came to: files added, of them refused, and files chosen again', () => {
    const first = read(emptyRollupState, [file('all.json', [one])]);
    const broken = { file: 'bad.json', ok: false as const, path: '', reason: { th: 'เสีย', en: 'broken' } };
    const after = read(first, [file('all.json', [two]), broken, file('again.json', [one])]);
    expect(filesAdded(first, after)).toEqual({ files: 2, refused: 1, repeated: 1 });
    expect(filesAdded(emptyRollupState, first)).toEqual({ files: 1, refused: 0, repeated: 0 });
  });

  it('takes out one of two files of the same name, by its key, and keeps the other', () => {
    const held = read(emptyRollupState, [file('all.json', [one]), file('all.json', [two])]);
    const [firstKey, secondKey] = [...held.files.keys()];
    expect([...removeFiles(held, [secondKey ?? '']).assessments.keys()]).toEqual(['one-0001']);
    expect([...removeFiles(held, [firstKey ?? '']).assessments.keys()]).toEqual(['two-0002']);
    expect(rollUpState(held, items).fileList.map((entry) => [entry.name, entry.names])).toEqual([
      ['all.json', [one.appointee.name]],
      ['all.json', [two.appointee.name]],
    ]);
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
    expect([...removeFiles(held, [keyOf(held, 'b.json')]).assessments.keys()]).toEqual(['one-0001']);
    // Taking out the newer copy's file falls back on the older copy, still in a.json (HR trial, 7 Dec: the person
    // vanished, and a.json, listed still, could not be added again, as the same file).
    const withoutNewer = removeFiles(held, [keyOf(held, 'c.json')]);
    expect([...withoutNewer.assessments.keys()].sort()).toEqual(['one-0001', 'two-0002']);
    expect(withoutNewer.assessments.get('one-0001')).toMatchObject({ file: 'a.json', held: { record: { updatedAt: one.updatedAt } } });
    expect(withoutNewer.duplicates).toEqual([]);
    expect(withoutNewer.setAside).toEqual([]);
    const withoutOne = removeAssessments(held, ['one-0001']);
    expect([...withoutOne.files.values()].map((entry) => entry.file)).toEqual(['b.json']);
    // A person taken out stays out: no copy of theirs is left to come back when a file goes.
    expect(withoutOne.setAside).toEqual([]);
  });

  it('falls back, copy by copy, on the newest copy left when newer ones are taken out, and keeps the copies set aside', () => {
    const middle = { ...one, updatedAt: '2026-10-15T03:00:00.000Z', ratings: { 'unit:DG100': { level: 2 } } };
    const held = read(emptyRollupState, [file('old.json', [one]), file('new.json', [newer]), file('middle.json', [middle])]);
    expect(held.assessments.get('one-0001')?.file).toBe('new.json');
    expect(held.setAside.map((entry) => entry.file)).toEqual(['old.json', 'middle.json']);
    const withoutNew = removeFiles(held, [keyOf(held, 'new.json')]);
    expect(withoutNew.assessments.get('one-0001')?.file).toBe('middle.json');
    expect(withoutNew.setAside.map((entry) => entry.file)).toEqual(['old.json']);
    expect(withoutNew.duplicates).toEqual([
      expect.objectContaining({ kept: expect.objectContaining({ file: 'middle.json' }), dropped: expect.objectContaining({ file: 'old.json' }) }),
    ]);
    const withoutMiddle = removeFiles(withoutNew, [keyOf(held, 'middle.json')]);
    expect(withoutMiddle.assessments.get('one-0001')?.file).toBe('old.json');
    expect(removeFiles(withoutMiddle, [keyOf(held, 'old.json')]).assessments.size).toBe(0);
    // Kept and opened again, the copies set aside come back with it, and still fall back.
    const keys = keysByProfile(items, keysOf);
    const parsed = keptRollupSchema.parse(JSON.parse(keptRollupText(heldRollupText(held, keys), '2026-11-27T03:00:00.000Z')));
    const again = rollupStateOf(parsed.rollup, (record, name, recordKeys) => heldAgain(record, name, input, recordKeys));
    expect(again.setAside.map((entry) => entry.file)).toEqual(['old.json', 'middle.json']);
    expect(removeFiles(again, [keyOf(again, 'new.json')]).assessments.get('one-0001')?.file).toBe('middle.json');
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
          rollUpState(withOverrides, items).refused.map(({ file: name, ok, path, reason }) => ({
            file: name,
            key: contentOf({ file: name, ok, path, reason }),
            ok,
            path,
            reason,
          })),
        );
        expect(rollUpState(again, items).fileList).toEqual(rollUpState(withOverrides, items).fileList);
      }),
    );
  });

  it('opens a roll-up kept before files had keys (decision 025): each file known by its name, one taken out by it', () => {
    const one = person('one-0001', 'สมชาย ใจดี', 'กรม ก', '2026-10-01');
    const two = person('two-0002', 'สุดา ศรีสุข', 'กรม ข', '2026-10-01');
    const keys = keysByProfile(items, keysOf);
    const record = (assessment: Assessment, name: string) => toRecord(assessment, name, keys[assessment.profileId] ?? keysOf([]));
    const older = {
      format: 'cio-skills-compass-rollup',
      version: 2,
      keptAt: '2026-11-27T03:00:00.000Z',
      rollup: {
        keys,
        files: [
          { file: 'a.json', ok: true, assessments: ['one-0001'], migratedFrom: null },
          { file: 'b.json', ok: true, assessments: ['two-0002', 'one-0001'], migratedFrom: null },
        ],
        assessments: [
          { file: 'a.json', record: record(one, 'a.json') },
          { file: 'b.json', record: record(two, 'b.json') },
        ],
        duplicates: [
          {
            id: 'one-0001',
            name: one.appointee.name,
            kept: { file: 'a.json', updatedAt: one.updatedAt },
            dropped: { file: 'b.json', updatedAt: one.updatedAt },
          },
        ],
        overrides: { separate: [], joined: [] },
      },
    };
    const parsed = keptRollupSchema.safeParse(older);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    const state = rollupStateOf(parsed.data.rollup, (entry, name, kept) => heldAgain(entry, name, input, kept));
    expect([...state.files.keys()]).toEqual(['a.json', 'b.json']);
    expect(state.repeated).toEqual([]);
    expect(rollUpState(state, items).people).toHaveLength(2);
    const withoutB = removeFiles(state, ['b.json']);
    expect([...withoutB.assessments.keys()]).toEqual(['one-0001']);
    expect(withoutB.duplicates).toEqual([]);
    // A file of the same name read now is another file, added beside it.
    const added = read(state, [file('a.json', [person('three-0003', 'มานี มีนา', 'กรม ค', '2026-10-03')])]);
    expect(rollUpState(added, items).people).toHaveLength(3);
  });
});
