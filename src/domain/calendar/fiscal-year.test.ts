import { describe, expect, it } from 'vitest';
import { fiscalYearOf, fiscalYearSpan } from './fiscal-year';

describe('the fiscal year', () => {
  it('runs from 1 October to 30 September and is named by the year it ends in', () => {
    expect(fiscalYearOf('2026-09-30')).toBe(2026);
    expect(fiscalYearOf('2026-10-01')).toBe(2027);
    expect(fiscalYearOf('2027-01-15')).toBe(2027);
    expect(fiscalYearOf('2027-09-30')).toBe(2027);
  });

  it('gives its first and last day', () => {
    expect(fiscalYearSpan(2027)).toEqual({ start: '2026-10-01', end: '2027-09-30' });
    expect(fiscalYearOf(fiscalYearSpan(2027).start)).toBe(2027);
    expect(fiscalYearOf(fiscalYearSpan(2027).end)).toBe(2027);
  });
});
