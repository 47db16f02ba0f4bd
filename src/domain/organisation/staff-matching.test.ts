import { describe, expect, it } from 'vitest';
import type { StaffEntry } from '../files/staff-list';
import { agencySummaries } from './organisation-agencies';
import type { PersonSummary } from './organisation-people';
import { compareStaffList, notSentByAgency, type MatchablePerson } from './staff-matching';

const row = (number: number, name: string, agency: string, role?: StaffEntry['role']): StaffEntry => ({
  name,
  agency,
  ...(role ? { role } : {}),
  place: { th: `แถวที่ ${number}`, en: `Row ${number}` },
});
const person = (id: string, name: string, agency: string, profileId = 'dcio', earlier: MatchablePerson['earlier'] = []) => ({
  id,
  name,
  agency,
  profileId,
  earlier,
});

describe('a staff list against the roll-up', () => {
  const people = [
    person('p1', 'นายสมชาย ใจดี', 'กรมที่ดิน'),
    // Assessed last under another agency: the earlier assessment still names them at the Land Department.
    person('p2', 'ดร.สุดา ศรีสุข', 'กรมการแพทย์', 'mcio', [{ name: 'นางสาวสุดา ศรีสุข', agency: 'กรมที่ดิน', profileId: 'dcio' }]),
    person('p3', 'นายวิชัย มั่นคง', 'กรมสรรพากร', 'cio-assistant'),
    person('p4', 'นางมาลี รักไทย', 'กรมศุลกากร'),
  ];

  it('matches by the name without its title and the agency, or the role, as two assessments are matched', () => {
    const staff = [
      row(2, 'สมชาย  ใจดี', ' กรมที่ดิน'),
      row(3, 'นางสุดา ศรีสุข', 'กรมที่ดิน'),
      row(4, 'ว่าที่ร้อยตรีวิชัย มั่นคง', 'กรมสรรพากร (สำนักบริหาร)', 'cio-assistant'),
      row(5, 'มาลี รักไทย', 'กรมบัญชีกลาง'),
      row(6, 'ประเสริฐ วงศ์ใหญ่', 'กรมที่ดิน', 'dcio'),
    ];
    const comparison = compareStaffList(staff, people);
    expect(comparison.sent).toBe(3);
    // Another agency and no role given: not the same person by the rule.
    expect(comparison.notSent.map((entry) => entry.place.en)).toEqual(['Row 5', 'Row 6']);
    expect(comparison.notListed.map((entry) => entry.id)).toEqual(['p4']);
    expect(comparison.repeated).toEqual([]);
  });

  it('matches a row whose name has sara am typed as two marks, and lists it with sara am as one', () => {
    const staff = [row(2, 'นางสาวทองค\u0e4d\u0e32 ใจดี', 'กรมที่ดิน')];
    const comparison = compareStaffList(staff, [person('p9', 'ทองคำ ใจดี', 'กรมที่ดิน')]);
    expect(comparison.sent).toBe(1);
    expect(comparison.notListed).toEqual([]);
  });

  it('lists a row that names a person already on the list as repeated, in words, and counts them once', () => {
    const comparison = compareStaffList([row(2, 'นายสมชาย ใจดี', 'กรมที่ดิน'), row(3, 'ดร.สมชาย ใจดี', 'กรมที่ดิน'), row(4, 'มาลี รักไทย', 'กรมศุลกากร')], people);
    expect(comparison.sent).toBe(2);
    expect(comparison.repeated).toEqual([
      {
        place: { th: 'แถวที่ 3', en: 'Row 3' },
        id: 'ดร.สมชาย ใจดี',
        reasons: [{ th: 'ชื่อเดียวกับแถวที่ 2 (นายสมชาย ใจดี) และหน่วยงานหรือบทบาทเดียวกัน', en: 'The same name as row 2 (นายสมชาย ใจดี), and the same agency or role' }],
      },
    ]);
    expect(comparison.notListed.map((entry) => entry.id)).toEqual(['p2', 'p3']);
  });

  it('counts those who sent nothing by agency, and the summary by agency gives an agency of the list a row even when no one in it sent a file', () => {
    const comparison = compareStaffList([row(2, 'สมชาย ใจดี', 'กรมที่ดิน'), row(3, 'ก ข', 'กรมที่ดิน'), row(4, 'ค ง', ' กรมที่ดิน'), row(5, 'จ ฉ', 'กรมป่าไม้')], people);
    const notSent = notSentByAgency(comparison.notSent);
    expect([...notSent.values()]).toEqual([
      { agency: 'กรมที่ดิน', count: 2 },
      { agency: 'กรมป่าไม้', count: 1 },
    ]);
    const summary = (agency: string) => ({ id: agency, agency, overall: 0.5, belowTarget: 1, status: 'on-track', starredOutstanding: 1 }) as PersonSummary;
    const rows = agencySummaries([summary('กรมที่ดิน'), summary('กรมสรรพากร')], new Intl.Collator('th').compare, notSent);
    expect(rows.map((entry) => [entry.agency, entry.people, entry.notSent])).toEqual([
      ['กรมที่ดิน', 1, 2],
      ['กรมป่าไม้', 0, 1],
      ['กรมสรรพากร', 1, 0],
    ]);
    expect(agencySummaries([summary('กรมที่ดิน')], new Intl.Collator('th').compare).map((entry) => entry.notSent)).toEqual([null]);
    // With a filter, only the agencies of the people it lets through.
    expect([...notSentByAgency(comparison.notSent, [summary(' กรมที่ดิน')]).values()]).toEqual([{ agency: 'กรมที่ดิน', count: 2 }]);
  });
});
