import { describe, expect, it } from 'vitest';
import { organisationTotals } from './organisation-aggregate';
import { agencySummaries } from './organisation-agencies';
import type { PersonSummary } from './organisation-people';

const person = (id: string, agency: string, overall: number | null, belowTarget: number, status: PersonSummary['status']) =>
  ({ id, agency, overall, belowTarget, status, starredOutstanding: status === 'acquired' ? 0 : 1 }) as PersonSummary;
const thai = new Intl.Collator('th').compare;

describe('the summary by agency', () => {
  it('gives each agency its people, mean readiness, items below target and people overdue, by name', () => {
    const people = [
      person('a', 'กรมที่ดิน', 0.5, 3, 'overdue'),
      person('b', 'กรมการแพทย์', 1, 0, 'acquired'),
      person('c', ' กรมที่ดิน ', 0.7, 1, 'due-soon'),
      person('d', 'กรมที่ดิน', null, 0, 'overdue'),
    ];
    const rows = agencySummaries(people, thai);
    expect(rows.map((row) => [row.agency, row.people, row.meanReadiness, row.belowTarget, row.byStatus.overdue])).toEqual([
      ['กรมการแพทย์', 1, 1, 0, 0],
      ['กรมที่ดิน', 3, 0.6, 4, 2],
    ]);
    expect(rows.reduce((sum, row) => sum + row.people, 0)).toBe(people.length);
  });

  it('counts, by agency and overall, the people with items not yet rated, whose readiness counts only the items they rated', () => {
    const rated = (id: string, agency: string, overall: number | null, counts: [number, number]) =>
      ({ ...person(id, agency, overall, 0, 'acquired'), rated: counts[0], total: counts[1] }) as PersonSummary;
    // 51 of 66 rated, every one met: 100 % over the items rated, as the person's own gap screen says, and counted here.
    const people = [rated('a', 'กรมที่ดิน', 1, [51, 66]), rated('b', 'กรมที่ดิน', 0.5, [66, 66]), rated('c', 'กรมการแพทย์', null, [0, 66])];
    const rows = agencySummaries(people, thai);
    expect(rows.map((row) => [row.agency, row.meanReadiness, row.partlyRated])).toEqual([
      ['กรมการแพทย์', null, 1],
      ['กรมที่ดิน', 0.75, 1],
    ]);
    expect(organisationTotals(people).partlyRated).toBe(2);
  });

  it('keeps people without an agency together, and has no rows without people', () => {
    expect(agencySummaries([person('a', '', 0.5, 1, 'on-track'), person('b', ' ', null, 0, 'acquired')], thai).map((row) => [row.agency, row.people])).toEqual([
      ['', 2],
    ]);
    expect(agencySummaries([], thai)).toEqual([]);
  });
});
