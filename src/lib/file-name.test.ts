import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../testing/assessment-factory';
import { assessmentFileName, safeFileName } from './file-name';

describe('safeFileName', () => {
  it('keeps Thai letters with their vowels and tone marks, and turns spaces and punctuation into dashes', () => {
    expect(safeFileName('นางสาวพิมพ์ใจ ทดสอบ', 'DCIO')).toBe('นางสาวพิมพ์ใจ-ทดสอบ_DCIO');
    expect(safeFileName('a/b\\c:d*e?"f<g>h|i', '..')).toBe('a-b-c-d-e-f-g-h-i');
  });

  it('normalises decomposed text and clips a long part without cutting a mark from its letter', () => {
    const name = 'ที่'.repeat(70);
    const part = safeFileName(name);
    expect(Array.from(new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(part))).toHaveLength(60);
    expect(part.endsWith('ที่')).toBe(true);
  });
});

describe('assessmentFileName', () => {
  it('names the person, the role, the date of assessment and what the file holds', () => {
    expect(assessmentFileName(makeAssessment(), 'DCIO', 'plan', 'ics')).toBe('สมชาย-ใจดี_DCIO_2026-11-27_plan.ics');
  });

  it('leaves the name out of an anonymous assessment, and tells different people apart', () => {
    const anonymous = makeAssessment({ appointee: { ...makeAssessment().appointee, name: '' } });
    expect(assessmentFileName(anonymous, 'DCIO', 'gaps', 'csv')).toBe('DCIO_2026-11-27_gaps.csv');
    const other = makeAssessment({ appointee: { ...makeAssessment().appointee, name: 'สมหญิง รักดี' } });
    expect(assessmentFileName(other, 'DCIO', 'plan', 'ics')).not.toBe(assessmentFileName(makeAssessment(), 'DCIO', 'plan', 'ics'));
  });
});

describe('safeFileName and control characters', () => {
  it('never keeps a control character (C0, DEL, C1) or a line or paragraph separator in a file name', () => {
    const controls = [...Array.from({ length: 0x20 }, (_, code) => code), 0x7f, ...Array.from({ length: 0x20 }, (_, code) => 0x80 + code), 0x2028, 0x2029];
    const name = safeFileName(`สมชาย${controls.map((code) => String.fromCharCode(code)).join('')}ใจดี`, 'DCIO');
    expect(name).toBe('สมชาย-ใจดี_DCIO');
  });
});
