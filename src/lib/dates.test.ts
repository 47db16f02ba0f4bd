import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './dates';

describe('formatIsoDate', () => {
  it('shows the circular date in the Buddhist Era in Thai', () => {
    expect(formatIsoDate('2019-09-26', 'th')).toBe('26 กันยายน 2562');
  });

  it('shows the circular date in the Common Era in English', () => {
    expect(formatIsoDate('2019-09-26', 'en')).toBe('26 September 2019');
  });

  it('keeps the calendar day whatever the time zone (29 February)', () => {
    expect(formatIsoDate('2024-02-29', 'th')).toBe('29 กุมภาพันธ์ 2567');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatIsoDate('not a date', 'en')).toBe('not a date');
  });
});
