import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../testing/assessment-factory';
import { assessmentTitle } from './assessment-title';

const appointee = makeAssessment().appointee;

describe('assessmentTitle', () => {
  it('leads with the appointee, then the role and the date of assessment', () => {
    expect(assessmentTitle({ appointee }, 'DCIO', 'th')).toBe('สมชาย ใจดี · DCIO · 27 พฤศจิกายน 2569');
    expect(assessmentTitle({ appointee }, 'DCIO', 'en')).toBe('สมชาย ใจดี · DCIO · 27 November 2026');
  });

  it('keeps a title the user gave, with the name in front unless the title already says it', () => {
    expect(assessmentTitle({ title: 'รอบปีงบประมาณ 2569', appointee }, 'DCIO', 'th')).toBe('สมชาย ใจดี · รอบปีงบประมาณ 2569');
    expect(assessmentTitle({ title: 'สมชาย ใจดี ปี 2569', appointee }, 'DCIO', 'th')).toBe('สมชาย ใจดี ปี 2569');
  });

  it('is the role and date alone for an anonymous assessment', () => {
    expect(assessmentTitle({ appointee: { ...appointee, name: '' } }, 'DCIO', 'th')).toBe('DCIO · 27 พฤศจิกายน 2569');
  });
});
