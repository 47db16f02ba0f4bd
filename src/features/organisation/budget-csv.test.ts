import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { proposeBudget } from '../../domain/organisation/budget-plan';
import { openByItem } from '../../domain/organisation/budget-view';
import { trainingNeeds } from '../../domain/organisation/training-needs';
import { toExcelCsv } from '../../lib/csv';
import { makeNeedPerson, makeResource, needItemOf } from '../../testing/training-needs-factory';
import { budgetCsvRows } from './budget-csv';

describe('budgetCsvRows', () => {
  it('writes a row per attendee, a total per resource and for the proposal, then what stays open, safe from formulae and readable in Excel', () => {
    const people = [
      makeNeedPerson({ name: '=HYPERLINK("http://x")', shortfalls: [{ key: 'unit:DG100', gap: 2, target: 3 }] }),
      makeNeedPerson({ id: 'p2', name: 'สมหญิง', shortfalls: [{ key: 'unit:DT200', gap: 1, target: 3 }] }),
    ];
    const resources = [makeResource({ id: 'DG', title: { th: 'สถาปัตยกรรม', en: 'Architecture' }, costBaht: 1000, hours: 6 })];
    const found = trainingNeeds({ people, resources, itemOf: needItemOf, today: '2026-12-06' });
    const needs = { ...found, people };
    const proposal = proposeBudget(needs, resources, { fiscalYear: 2027, budgetBaht: 5000, budgetHours: 100 });
    const rows = budgetCsvRows({
      needs,
      resources,
      itemLabel: (key) => key.replace(/^\w+:/, ''),
      today: '2026-12-06',
      amounts: { fiscalYear: 2027, budgetBaht: 5000, budgetHours: 100 },
      proposal,
      open: openByItem(needs, proposal),
    });
    const text = toExcelCsv(rows);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header = [], ...body] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(header.slice(0, 3)).toEqual(['แถว / Row', 'รหัสแหล่งพัฒนา / Resource id', 'ชื่อแหล่งพัฒนา (ไทย) / Resource title (Thai)']);
    const column = (name: string) => header.findIndex((heading) => heading.endsWith(`/ ${name}`));
    const pick = (row: string[]) =>
      [
        'Row',
        'Resource id',
        'Name',
        'Items',
        'Why chosen',
        'People',
        'Cost (baht)',
        'Gap it closes (levels)',
        'Gap left (levels)',
        'Budget (baht)',
        'Fiscal year (BE)',
      ].map((name) => row[column(name)]);
    expect(body.map(pick)).toEqual([
      ['ผู้เข้าร่วม / Attendee', 'DG', `'=HYPERLINK("http://x")`, 'DG100', 'คุ้มค่าต่อบาท / Most per baht', '1', '1000', '2', '', '', '2570'],
      ['รวมรายแหล่งพัฒนา / Resource total', 'DG', '', '', '', '1', '1000', '2', '', '', '2570'],
      ['รวมทั้งข้อเสนอ / Proposal total', '', '', '', '', '1', '1000', '2', '1', '5000', '2570'],
      ['ช่องว่างที่ยังเปิดอยู่ / Still open', '', '', 'DT200', '', '1', '', '', '1', '', '2570'],
    ]);
  });
});
