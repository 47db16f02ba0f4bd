import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, nameWithoutTitle } from './organisation-names';
import { joinAssessments, matchPersons, noOverrides, possibleMatches, separateAssessment, type MatchedAssessment } from './organisation-persons';

const entry = (id: string, name: string, agency: string, profileId = 'dcio', assessedOn = '2026-10-01'): MatchedAssessment => ({
  id,
  name,
  agency,
  profileId,
  assessedOn,
  updatedAt: `${assessedOn}T03:00:00.000Z`,
});
const ids = (persons: { assessments: MatchedAssessment[] }[]) => persons.map((person) => person.assessments.map((assessment) => assessment.id)).sort();
/** Who is with whom, each person's ids in alphabetical order. */
const members = (persons: { assessments: MatchedAssessment[] }[]) =>
  persons.map((person) => person.assessments.map((assessment) => assessment.id).sort()).sort();

describe('a name without its title', () => {
  it('takes off Thai titles written against the name, stacked titles, and Latin ones before a space', () => {
    expect(nameWithoutTitle('นายสมชาย ใจดี')).toBe('สมชาย ใจดี');
    expect(nameWithoutTitle('นางสาวสุดา ศรีสุข')).toBe('สุดา ศรีสุข');
    expect(nameWithoutTitle('นางสุดา ศรีสุข')).toBe('สุดา ศรีสุข');
    expect(nameWithoutTitle('ว่าที่ร้อยตรีประเสริฐ วงศ์ใหญ่')).toBe('ประเสริฐ วงศ์ใหญ่');
    expect(nameWithoutTitle('ผศ.ดร.สมชาย ใจดี')).toBe('สมชาย ใจดี');
    expect(nameWithoutTitle('ว่าที่ ร.ต. ดร. สมชาย ใจดี')).toBe('สมชาย ใจดี');
    expect(nameWithoutTitle('Dr. Jane Smith')).toBe('Jane Smith');
    expect(nameWithoutTitle('Drew Smith')).toBe('Drew Smith');
    expect(nameWithoutTitle('Mrs Jane Smith')).toBe('Jane Smith');
  });

  it('keeps a title that is all there is, and tidies spaces, invisible characters and sara am typed as two marks', () => {
    expect(nameWithoutTitle('นาย')).toBe('นาย');
    expect(nameKey('นาย  สมชาย\u200b  ใจดี ')).toBe('สมชาย ใจดี');
    expect(nameKey('นายสมชาย คําดี')).toBe(nameKey('สมชาย คำดี'));
    expect(nameKey('')).toBe('');
  });

  it('writes sara am as one mark after its tone mark, however it was typed, so that every spelling is one person', () => {
    // ทองคำ with ํ + า (U+0E4D U+0E32), as an HR trial's appointee typed it: the name is shown as the one word.
    expect(nameWithoutTitle('นางสาวทองค\u0e4d\u0e32 ใจดี')).toBe('ทองคำ ใจดี');
    const written = nameKey('นายน้ำ ค่ำคืน');
    for (const typed of ['นายน\u0e49\u0e4d\u0e32 ค\u0e48\u0e4d\u0e32คืน', 'นายน\u0e4d\u0e49\u0e32 ค\u0e4d\u0e48\u0e32คืน', 'นายน\u0e33\u0e49 ค\u0e33\u0e48คืน'])
      expect(nameKey(typed)).toBe(written);
    const persons = matchPersons([entry('a1', 'นายน\u0e4d\u0e49\u0e32 ค่ำคืน', 'กรม ก', 'dcio', '2025-10-01'), entry('a2', 'นายน้ำ ค\u0e33\u0e48คืน', 'กรม ก')]);
    expect(ids(persons)).toEqual([['a2', 'a1']]);
  });
});

describe('matching assessments to people', () => {
  it("takes two assessments as one person's when the names match without titles and the agency or the role is the same", () => {
    const persons = matchPersons([
      entry('a1', 'นางสาวสุดา ศรีสุข', 'กรม ก', 'dcio', '2025-10-01'),
      entry('a2', 'นางสุดา ศรีสุข', 'กรม ก', 'mcio', '2026-10-01'),
      entry('b1', 'ดร.วิชัย มั่นคง', 'กรม ข', 'dcio'),
      entry('b2', 'นายวิชัย มั่นคง', 'กรม ค', 'dcio', '2025-10-01'),
      entry('c1', 'นายวิชัย มั่นคง', 'กรม ง', 'mcio'),
    ]);
    expect(ids(persons)).toEqual([['a2', 'a1'], ['b1', 'b2'], ['c1']]);
    expect(persons.find((person) => person.latest.id === 'a2')?.basis).toBe('name-and-agency');
    expect(persons.find((person) => person.latest.id === 'b1')?.basis).toBe('name-and-role');
    expect(persons.find((person) => person.latest.id === 'c1')?.basis).toBe('alone');
  });

  it('never matches assessments without a name', () => {
    expect(ids(matchPersons([entry('x1', '', 'กรม ก'), entry('x2', ' ', 'กรม ก')]))).toEqual([['x1'], ['x2']]);
  });

  it('lets HR take a wrong match apart and join a missed one, and undo either', () => {
    const entries = [entry('a1', 'สมชาย ใจดี', 'กรม ก', 'dcio', '2025-10-01'), entry('a2', 'สมชาย ใจดี', 'กรม ก'), entry('b1', 'สมชาย ใจดีมาก', 'กรม ก')];
    const apart = separateAssessment(noOverrides, 'a1');
    expect(ids(matchPersons(entries, apart))).toEqual([['a1'], ['a2'], ['b1']]);
    const joined = joinAssessments(apart, 'a2', 'b1');
    const persons = matchPersons(entries, joined);
    expect(members(persons)).toEqual([['a1'], ['a2', 'b1']]);
    expect(persons.find((person) => person.assessments.length === 2)?.basis).toBe('joined');
    expect(members(matchPersons(entries, joinAssessments(joined, 'a1', 'a2')))).toEqual([['a1', 'a2', 'b1']]);
    expect(ids(matchPersons(entries, separateAssessment(joined, 'b1')))).toEqual([['a1'], ['a2'], ['b1']]);
  });

  it('puts every assessment with exactly one person, the latest first, whatever the order they come in', () => {
    const names = ['นายสมชาย ใจดี', 'ดร.สมชาย ใจดี', 'สุดา ศรีสุข', 'นางสุดา ศรีสุข', ''];
    const arb = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z]{4}$/),
        name: fc.constantFrom(...names),
        agency: fc.constantFrom('กรม ก', 'กรม ข'),
        profileId: fc.constantFrom('mcio', 'dcio'),
        assessedOn: fc.constantFrom('2025-10-01', '2026-10-01'),
        updatedAt: fc.constantFrom('2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'),
      }),
      { selector: (value) => value.id, maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (entries) => {
        const persons = matchPersons(entries);
        expect(persons.flatMap((person) => person.assessments.map((assessment) => assessment.id)).sort()).toEqual(entries.map((value) => value.id).sort());
        for (const person of persons) for (const other of person.assessments.slice(1)) expect(other.assessedOn <= person.latest.assessedOn).toBe(true);
        expect(members(matchPersons([...entries].reverse()))).toEqual(members(persons));
      }),
    );
  });

  it('offers the same name in another agency and role as perhaps one person, unless HR separated either', () => {
    const people = [
      entry('a1', 'นายวิชัย มั่นคง', 'กรม ก', 'dcio'),
      entry('b1', 'ดร.วิชัย มั่นคง', 'กรม ข', 'mcio'),
      entry('c1', 'วิชัย มั่นคง', 'กรม ข', 'dcio'),
      entry('d1', 'สุดา ศรีสุข', 'กรม ค', 'mcio'),
    ].map((person) => ({ ...person, earlier: [] }));
    expect(possibleMatches(people, noOverrides)).toEqual([['a1', 'b1']]);
    expect(possibleMatches(people, separateAssessment(noOverrides, 'b1'))).toEqual([]);
  });
});
