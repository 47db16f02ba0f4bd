import { describe, expect, it } from 'vitest';
import { trainingNeeds } from '../../domain/organisation/training-needs';
import { makeNeedPerson, makeResource, needItemOf } from '../../testing/training-needs-factory';
import { needsCsvRows } from './needs-csv';

describe('the training needs CSV', () => {
  it('gives one row per person and resource, then a total row for each resource, most people first', () => {
    const people = [
      makeNeedPerson({
        name: 'นายเอก',
        agency: 'กรม ก',
        shortfalls: [
          { key: 'unit:DG100', gap: 2, target: 3 },
          { key: 'unit:DT200', gap: 1, target: 3 },
        ],
      }),
      makeNeedPerson({ id: 'p2', name: 'นางบี', position: 'ผู้อำนวยการกอง', agency: 'กรม ข', shortfalls: [{ key: 'unit:DG100', gap: 1, target: 3 }] }),
    ];
    const resources = [
      makeResource({ id: 'DT', serves: ['unit:DT200'], hours: 6, costBaht: 0, kind: 'mentoring' }),
      makeResource({ id: 'DG', serves: ['unit:DG100', 'unit:DT200'], hours: 12, costBaht: 3000 }),
    ];
    const needs = { people, ...trainingNeeds({ people, resources, itemOf: needItemOf, today: '2026-12-06' }) };
    const kindName = (resource: { kind: string }) => (resource.kind === 'course' ? 'หลักสูตรฝึกอบรม / Course' : 'ระบบพี่เลี้ยง / Mentoring');
    const rows = needsCsvRows(needs, resources, { itemName: (key) => key.replace('unit:', ''), kindName, today: '2026-12-06' });
    expect(rows[0]?.slice(0, 3)).toEqual(['แถว / Row', 'รหัสแหล่งพัฒนา / Resource id', 'ชื่อแหล่งพัฒนา (ไทย) / Resource title (Thai)']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[5], row[6], row[8], row[9], row[10], row[11], row[12], row[13], row[14]])).toEqual([
      // DG brings DG100 from 1 to 3 and DT200 from 2 to 3 for นายเอก: 3 levels.
      ['รายบุคคล / Person', 'DG', 'หลักสูตรฝึกอบรม / Course', 'นายเอก', 'กรม ก', 2570, 'DG100; DT200', 1, 12, 3000, 3],
      ['รายบุคคล / Person', 'DG', 'หลักสูตรฝึกอบรม / Course', 'นางบี', 'กรม ข', 2570, 'DG100', 1, 12, 3000, 1],
      ['รวมรายแหล่งพัฒนา / Resource total', 'DG', 'หลักสูตรฝึกอบรม / Course', '', '', '', '', 2, 24, 6000, 4],
      ['รายบุคคล / Person', 'DT', 'ระบบพี่เลี้ยง / Mentoring', 'นายเอก', 'กรม ก', 2570, 'DT200', 1, 6, 0, 1],
      ['รวมรายแหล่งพัฒนา / Resource total', 'DT', 'ระบบพี่เลี้ยง / Mentoring', '', '', '', '', 1, 6, 0, 1],
    ]);
    expect(rows[2]?.[7]).toBe('ผู้อำนวยการกอง');
  });
});
