import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../domain/assessment-fixtures';
import { csvHeader, assessmentCsvRows } from '../domain/assessment-csv';
import { listAssessmentItems } from '../domain/assessment-items';
import { makeCatalogue, makeProfile } from '../domain/test-profile-factory';
import { toExcelCsv } from './csv';

describe('assessmentCsvRows and toExcelCsv', () => {
  const items = listAssessmentItems(makeProfile(), makeCatalogue());
  const assessment = makeAssessment({
    ratings: { 'unit:DG100': { level: 1, note: 'ข้อความ, มี "คำพูด"\nและขึ้นบรรทัดใหม่' } },
    experience: { 'e-two': { status: 'some', evidence: 'ดูงาน' } },
  });
  const rows = assessmentCsvRows(items, assessment, 3);

  it('has a bilingual header and one row per item', () => {
    expect(rows[0]).toEqual(csvHeader);
    expect(rows).toHaveLength(items.length + 1);
    expect(rows.find((row) => row[1] === 'DG100')?.slice(4, 8)).toEqual(['3', '1', '2', 'ต่ำกว่าที่คาดหวัง / below target']);
    expect(rows.find((row) => row[1] === 'DT100')?.[7]).toBe('ยังไม่ประเมิน / not rated');
    expect(rows.find((row) => row[1] === 'E2')?.slice(4, 9)).toEqual(['yes', 'some', '0.5', 'ต่ำกว่าที่คาดหวัง / below target', '2027-10-01']);
  });

  it('round-trips through a CSV parser with a BOM for Excel, Thai, commas, quotes and newlines intact', () => {
    const text = toExcelCsv(rows);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });
});
