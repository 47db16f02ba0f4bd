import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listAssessmentItems } from '../../domain/assessment/assessment-items';
import type { PersonSummary } from '../../domain/organisation/organisation-people';
import { toExcelCsv } from '../../lib/csv';
import { hostileCells } from '../../testing/hostile-cells';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { roleCodes } from '../../domain/assessment/item-codes';
import { peopleShortOn } from '../../domain/organisation/organisation-shortfalls';
import { agencySummaries } from '../../domain/organisation/organisation-agencies';
import { agencyCsvRows, shortfallCsvRows, peopleCsvRows, rankingCsvRows } from './organisation-csv';

function person(overrides: Partial<PersonSummary>): PersonSummary {
  return {
    id: 'person-one',
    source: 'backups/one.json',
    name: 'นายสมชาย ใจดี',
    sortName: 'สมชาย ใจดี',
    position: 'ผู้อำนวยการ',
    agency: 'กรมตัวอย่าง',
    profileId: 'mcio',
    appointedOn: '2025-10-01',
    assessedOn: '2026-11-27',
    updatedAt: '2026-11-27T09:00:00.000Z',
    overall: 0.5,
    groups: {},
    groupRated: {},
    rated: 3,
    total: 6,
    belowTarget: 2,
    starredTotal: 1,
    starredOutstanding: 1,
    nearestDeadline: { date: '2027-10-01', daysLeft: -5, status: 'overdue' },
    status: 'overdue',
    served: [],
    unplanned: 0,
    starredUnplanned: 0,
    evidence: 0,
    earlier: [],
    basis: 'alone',
    ...overrides,
  };
}

const when = { dataAsOf: '2026-10-01', today: '2026-11-27' };
const readBack = (rows: (string | number)[][]) => {
  const parsed = Papa.parse<string[]>(toExcelCsv(rows).slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('the organisation CSVs read back', () => {
  it('keep a hostile file name, name, position and agency of every kind as text, the quote added', () => {
    const people = hostileCells.map((cell, index) => person({ id: `person-${index}`, source: cell, name: cell, position: cell, agency: cell }));
    const rows = readBack(peopleCsvRows(people, [], () => 'MCIO', when));
    hostileCells.forEach((cell, index) => expect(rows[index + 1]?.slice(0, 5)).toEqual([`person-${index}`, `'${cell}`, `'${cell}`, `'${cell}`, `'${cell}`]));
  });

  it('say beside each person’s readiness how many of their items they rated, and that it counts those only (HR trial point 1)', () => {
    const [header = [], row = []] = readBack(peopleCsvRows([person({ overall: 1, rated: 51, total: 66 })], [], () => 'MCIO', when));
    const cell = (heading: string) => row[header.indexOf(heading)];
    expect(cell('ความพร้อม % (เฉพาะข้อที่ประเมินแล้ว) / Readiness % (rated items only)')).toBe('100');
    expect(cell('ประเมินแล้ว (ข้อ) / Items rated')).toBe('51');
    expect(cell('ข้อทั้งหมดของบทบาท / Items in the role')).toBe('66');
  });

  it('count by agency the people with items not yet rated', () => {
    const rows = agencySummaries([person({ rated: 51, total: 66 }), person({ id: 'person-two', rated: 66, total: 66 })], (a, b) => a.localeCompare(b));
    const [header = [], row = []] = readBack(agencyCsvRows(rows, when));
    expect(row[header.indexOf('ความพร้อม % (เฉพาะข้อที่ประเมินแล้ว) / Readiness % (rated items only)')]).toBe('50');
    expect(row[header.indexOf('คนที่ยังประเมินไม่ครบทุกข้อ / People with items not yet rated')]).toBe('1');
  });

  it('write the evidence files each person’s assessment names, headed in Thai and English', () => {
    const rows = readBack(peopleCsvRows([person({ evidence: 3 }), person({ id: 'person-two', evidence: 0 })], [], () => 'MCIO', when));
    const column = rows[0]?.indexOf('ไฟล์หลักฐาน / Evidence files') ?? -1;
    expect(column).toBeGreaterThan(0);
    expect(rows.slice(1).map((row) => row[column])).toEqual(['3', '0']);
  });

  it('write days overdue as a negative number, not as text', () => {
    const rows = readBack(peopleCsvRows([person({})], [], () => 'MCIO', when));
    expect(rows[1]?.[rows[0]?.indexOf('วันที่เหลือ / Days left') ?? -1]).toBe('-5');
  });

  it('keep a hostile item title of every kind as text in the ranking', () => {
    const [item] = listAssessmentItems(makeProfile(), makeCatalogue());
    if (!item) throw new Error('the test profile has items');
    const ranking = hostileCells.map((cell) => ({ item: { ...item, title: { th: cell, en: cell } }, required: 1, below: 1, totalGap: 1, meanGap: 1 }));
    const rows = readBack(rankingCsvRows(ranking, when, []));
    hostileCells.forEach((cell, index) => expect(rows[index + 1]?.slice(2, 4)).toEqual([`'${cell}`, `'${cell}`]));
  });

  it('state on every row the newest assessment date in the data and the day computed, in the Buddhist Era and ISO', () => {
    const [item] = listAssessmentItems(makeProfile(), makeCatalogue());
    if (!item) throw new Error('the test profile has items');
    for (const rows of [
      readBack(peopleCsvRows([person({})], [], () => 'MCIO', when)),
      readBack(rankingCsvRows([{ item, required: 1, below: 1, totalGap: 1, meanGap: 1 }], when, [])),
    ]) {
      expect(rows[0]?.slice(-4)).toEqual([
        'ข้อมูล ณ (พ.ศ.) / Data as of (BE)',
        'ข้อมูล ณ (ค.ศ.) / Data as of (ISO)',
        'คำนวณ ณ (พ.ศ.) / Computed on (BE)',
        'คำนวณ ณ (ค.ศ.) / Computed on (ISO)',
      ]);
      expect(rows[1]?.slice(-4)).toEqual(['01/10/2569', '2026-10-01', '27/11/2569', '2026-11-27']);
    }
  });

  it("list who is short of an item: the id and the code of the person's own role, gap, deadline and the action that serves it", () => {
    const items = listAssessmentItems(makeProfile(), makeCatalogue());
    const starred = items.find((candidate) => candidate.key === 'experience:e-two');
    if (!starred) throw new Error('the test profile has starred experience');
    const roles = roleCodes([{ id: 'mcio', abbreviation: 'MCIO' }], () => items);
    const planned = person({ id: 'planned', served: [{ key: 'experience:e-two', status: 'in-progress', targetOn: '2027-03-31' }] });
    const shortfalls = peopleShortOn(
      starred,
      [
        { ...planned, nameRank: 0 },
        { ...person({ id: 'open', name: '=1+1' }), nameRank: 1 },
      ],
      () => 1,
    );
    const [header = [], ...rows] = readBack(shortfallCsvRows(shortfalls, () => 'MCIO', roles, when));
    const cell = (row: string[] | undefined, heading: string) => row?.[header.indexOf(heading)];
    expect(rows.map((row) => row[0])).toEqual(['planned', 'open']);
    expect(cell(rows[0], 'รหัสรายการ (เหมือนกันทุกบทบาท) / Item id (the same in every role)')).toBe('experience:e-two');
    expect(cell(rows[0], "รหัสในบทบาทของผู้นั้น / Code in the person's role")).toBe('E2');
    expect(cell(rows[0], 'ต้องมีภายใน (ค.ศ.) / Due by (ISO)')).toBe('2027-10-01');
    expect(cell(rows[0], 'มีกิจกรรมในแผนพัฒนา / An action in the plan')).toBe('มี / yes');
    expect(cell(rows[0], "สถานะกิจกรรม / Action's status")).toBe('กำลังดำเนินการ / In progress');
    expect(cell(rows[0], "วันที่เป้าหมายของกิจกรรม (พ.ศ.) / Action's target date (BE)")).toBe('31/03/2570');
    expect(cell(rows[1], 'มีกิจกรรมในแผนพัฒนา / An action in the plan')).toBe('ไม่มี / no');
    expect(cell(rows[1], 'ชื่อ / Name')).toBe("'=1+1");
  });
});
