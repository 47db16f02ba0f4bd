import { describe, expect, it } from 'vitest';
import { level, percent } from './number-format';

describe('percent and level', () => {
  it('show a share as a whole percentage and a level with at most one decimal, or a dash', () => {
    expect(percent(0.654)).toBe('65%');
    expect(percent(null)).toBe('—');
    expect(level(3)).toBe('3');
    expect(level(2.25)).toBe('2.3');
    expect(level(null)).toBe('—');
  });
});
