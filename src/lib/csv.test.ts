import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../testing/assessment-factory';
import { assessmentCsvRows } from '../domain/files/assessment-csv';
import { assessmentCsvWords as words } from '../i18n/assessment-csv-messages';
import { listAssessmentItems } from '../domain/assessment/assessment-items';
import { makeCatalogue, makeProfile } from '../testing/profile-factory';
import { hostileCells } from '../testing/hostile-cells';
import { formulaSafeCell, toExcelCsv } from './csv';

describe('assessmentCsvRows and toExcelCsv', () => {
  const items = listAssessmentItems(makeProfile(), makeCatalogue());
  const assessment = makeAssessment({
    ratings: { 'unit:DG100': { level: 1, note: 'ข้อความ, มี "คำพูด"\nและขึ้นบรรทัดใหม่' } },
    experience: { 'e-two': { status: 'some', evidence: 'ดูงาน' } },
  });
  const rows = assessmentCsvRows(items, assessment, { defaultTarget: 3, role: 'DCIO', words });
  const column = (name: string) => rows[0]?.indexOf(name) ?? -1;

  it('has a bilingual header and one row per item', () => {
    expect(rows[0]).toEqual([
      'ชื่อ-นามสกุล / Name',
      'ตำแหน่ง / Position',
      'หน่วยงาน / Agency',
      'บทบาท / Role',
      'วันที่ได้รับแต่งตั้ง (พ.ศ.) / Appointed (BE)',
      'Appointed (ISO)',
      'วันที่ประเมิน (พ.ศ.) / Assessed (BE)',
      'Assessed (ISO)',
      'ส่วน / Section',
      'รหัส / Code',
      'ชื่อ (ไทย)',
      'Title (English)',
      'ระดับที่คาดหวัง / Target',
      'ระดับที่ประเมิน / Rating',
      'ช่องว่าง / Gap',
      'สถานะ / Status',
      'กำหนด (พ.ศ.) / Deadline (BE)',
      'Deadline (ISO)',
      'หมายเหตุ / Note',
    ]);
    expect(rows).toHaveLength(items.length + 1);
    const code = column('รหัส / Code');
    const target = column('ระดับที่คาดหวัง / Target');
    expect(rows.find((row) => row[code] === 'DG100')?.slice(target, target + 4)).toEqual(['3', '1', '2', 'ต่ำกว่าที่คาดหวัง / below target']);
    expect(rows.find((row) => row[code] === 'DT100')?.[column('สถานะ / Status')]).toBe('ยังไม่ประเมิน / not rated');
    expect(rows.find((row) => row[code] === 'E2')?.slice(target, target + 6)).toEqual([
      'มีแล้ว / yes',
      'มีบางส่วน / some',
      'ขาดบางส่วน / partly missing',
      'ต่ำกว่าที่คาดหวัง / below target',
      '01/10/2570',
      '2027-10-01',
    ]);
  });

  it('repeats who was assessed on every row, with dates in the Buddhist Era and ISO', () => {
    const { appointee } = assessment;
    for (const row of rows.slice(1)) {
      expect(row.slice(0, 8)).toEqual([
        appointee.name,
        appointee.position,
        appointee.agency,
        'DCIO',
        expect.stringMatching(/^\d{2}\/\d{2}\/25\d\d$/),
        appointee.appointedOn,
        expect.stringMatching(/^\d{2}\/\d{2}\/25\d\d$/),
        appointee.assessedOn,
      ]);
    }
  });

  it('reads back a hostile name, note and evidence of every kind as text, the quote added', () => {
    for (const cell of hostileCells) {
      const hostile = makeAssessment({
        appointee: { ...assessment.appointee, name: cell, agency: cell },
        ratings: { 'unit:DG100': { level: 1, note: cell } },
        experience: { 'e-two': { status: 'some', evidence: cell } },
      });
      const parsed = Papa.parse<string[]>(toExcelCsv(assessmentCsvRows(items, hostile, { defaultTarget: 3, role: 'MCIO', words })).slice(1), {
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      const row = parsed.data.find((cells) => cells[column('รหัส / Code')] === 'DG100') ?? [];
      expect([row[column('ชื่อ-นามสกุล / Name')], row[column('หน่วยงาน / Agency')], row[column('หมายเหตุ / Note')]]).toEqual([`'${cell}`, `'${cell}`, `'${cell}`]);
      expect(parsed.data.find((cells) => cells[column('รหัส / Code')] === 'E2')?.[column('หมายเหตุ / Note')]).toBe(`'${cell}`);
    }
  });

  it('round-trips through a CSV parser with a BOM for Excel, Thai, commas, quotes and newlines intact', () => {
    const text = toExcelCsv(rows);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });
});

describe('formulaSafeCell', () => {
  it('puts a quote before a text cell that starts with = + - @, a tab or a carriage return, whatever follows', () => {
    for (const cell of hostileCells) expect(formulaSafeCell(cell)).toBe(`'${cell}`);
  });

  it('leaves other text and every number as it is', () => {
    for (const cell of ['ปกติ', ' =1', '\n=1', "'=1", 'a=1', '']) expect(formulaSafeCell(cell)).toBe(cell);
    expect(formulaSafeCell(-5)).toBe(-5);
    expect(formulaSafeCell(12.5)).toBe(12.5);
  });
});

describe('toExcelCsv and formulae', () => {
  it('reads back every hostile cell, line breaks included, with only the quote added', () => {
    const text = toExcelCsv([[...hostileCells], ['ปกติ', -3]]);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([hostileCells.map((cell) => `'${cell}`), ['ปกติ', '-3']]);
  });
});
