import { describe, expect, it } from 'vitest';
import { toThaiDigits } from './thai-digits';

describe('toThaiDigits', () => {
  it('writes every digit as a Thai digit and leaves the rest alone', () => {
    expect(toThaiDigits('ที่ นร 1013/ว 18 ลงวันที่ 26 กันยายน 2562 · 65%')).toBe('ที่ นร ๑๐๑๓/ว ๑๘ ลงวันที่ ๒๖ กันยายน ๒๕๖๒ · ๖๕%');
    expect(toThaiDigits('DG100 3.5')).toBe('DG๑๐๐ ๓.๕');
  });
});
