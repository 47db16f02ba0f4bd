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

describe('years and months as the user writes them', () => {
  it('writes the year in the Buddhist Era in Thai and reads it back', async () => {
    const { displayYear, commonEraYear } = await import('./dates');
    expect(displayYear(2026, 'th')).toBe(2569);
    expect(displayYear(2026, 'en')).toBe(2026);
    expect(commonEraYear(2569, 'th')).toBe(2026);
    expect(commonEraYear(2026, 'en')).toBe(2026);
  });

  it('names the months in Thai and English', async () => {
    const { monthNames } = await import('./dates');
    expect(monthNames('th')[1]).toBe('กุมภาพันธ์');
    expect(monthNames('en')[11]).toBe('December');
  });

  it('gives today as a local ISO date', async () => {
    const { todayIso } = await import('./dates');
    expect(todayIso(new Date(2026, 10, 27, 23, 30))).toBe('2026-11-27');
  });
});
