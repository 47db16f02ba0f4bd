import { describe, expect, it } from 'vitest';
import { shorten, wrapText } from './wrap-text';

describe('shorten', () => {
  it('keeps text that fits and cuts longer text to the length, ending in an ellipsis', () => {
    expect(shorten('Digital Leadership', 18)).toBe('Digital Leadership');
    expect(shorten('Digital Leadership', 10)).toBe('Digital L…');
  });
});

describe('wrapText', () => {
  it('breaks English between words', () => {
    expect(wrapText('Lead a digital transformation project of the agency', 22, 3, 'en')).toEqual(['Lead a digital', 'transformation project', 'of the agency']);
  });

  it('breaks Thai between words although it has no spaces', () => {
    const lines = wrapText('การบริหารโครงการด้านเทคโนโลยีดิจิทัลของหน่วยงาน', 16, 4, 'th');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('การบริหารโครงการด้านเทคโนโลยีดิจิทัลของหน่วยงาน');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
  });

  it('ends the last kept line with an ellipsis when the text does not fit', () => {
    const lines = wrapText('one two three four five six seven eight', 9, 2, 'en');
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
