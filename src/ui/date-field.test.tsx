import { describe, expect, it } from 'vitest';
import { datePartsToValue } from './date-field';

describe('datePartsToValue', () => {
  it('reads a Buddhist Era year in Thai and a Common Era year in English', () => {
    expect(datePartsToValue({ day: '29', month: '2', year: '2567' }, 'th')).toBe('2024-02-29');
    expect(datePartsToValue({ day: '29', month: '2', year: '2024' }, 'en')).toBe('2024-02-29');
  });

  it('is empty when nothing is filled in, and invalid when partly filled in or not a real date', () => {
    expect(datePartsToValue({ day: '', month: '', year: ' ' }, 'th')).toBe('');
    expect(datePartsToValue({ day: '1', month: '', year: '2568' }, 'th')).toBe('invalid');
    expect(datePartsToValue({ day: '1', month: '1', year: '68' }, 'th')).toBe('invalid');
    expect(datePartsToValue({ day: '29', month: '2', year: '2568' }, 'th')).toBe('invalid');
    expect(datePartsToValue({ day: '31', month: '4', year: '2026' }, 'en')).toBe('invalid');
  });
});
