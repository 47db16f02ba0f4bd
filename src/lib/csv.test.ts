import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../testing/assessment-factory';
import { csvHeader, assessmentCsvRows } from '../domain/assessment-csv';
import { listAssessmentItems } from '../domain/assessment-items';
import { makeCatalogue, makeProfile } from '../testing/profile-factory';
import { toExcelCsv } from './csv';

describe('assessmentCsvRows and toExcelCsv', () => {
  const items = listAssessmentItems(makeProfile(), makeCatalogue());
  const assessment = makeAssessment({
    ratings: { 'unit:DG100': { level: 1, note: 'ข้อความ, มี "คำพูด"\nและขึ้นบรรทัดใหม่' } },
    experience: { 'e-two': { status: 'some', evidence: 'ดูงาน' } },
  });
  const rows = assessmentCsvRows(items, assessment, { defaultTarget: 3, role: 'DCIO' });
  const column = (name: string) => csvHeader.indexOf(name);

  it('has a bilingual header and one row per item', () => {
    expect(rows[0]).toEqual(csvHeader);
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
      expect(row.slice(0, 8)).toEqual([appointee.name, appointee.position, appointee.agency, 'DCIO', expect.stringMatching(/^\d{2}\/\d{2}\/25\d\d$/), appointee.appointedOn, expect.stringMatching(/^\d{2}\/\d{2}\/25\d\d$/), appointee.assessedOn]);
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

describe('toExcelCsv and formulae', () => {
  it('keeps a name, note or evidence that starts with = + - @ as text, and reads back with only the quote added', () => {
    const dangerous = ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', 'ปกติ'];
    const text = toExcelCsv([dangerous]);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(["'=HYPERLINK(\"http://x\",\"click\")", "'+1+1", "'-2+3", "'@SUM(A1)", 'ปกติ']);
  });
});
