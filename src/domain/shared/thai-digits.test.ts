import { describe, expect, it } from 'vitest';
import { toThaiDigits } from './thai-digits';

describe('toThaiDigits', () => {
  it('writes every digit as a Thai digit and leaves the rest alone', () => {
    expect(toThaiDigits('ที่ นร 1013/ว 18 ลงวันที่ 26 กันยายน 2562 · 65%')).toBe('ที่ นร ๑๐๑๓/ว ๑๘ ลงวันที่ ๒๖ กันยายน ๒๕๖๒ · ๖๕%');
    expect(toThaiDigits('3.5 ระดับ, 09:05 น.')).toBe('๓.๕ ระดับ, ๐๙:๐๕ น.');
  });

  it('never touches an item code, as the circular writes it', () => {
    expect(toThaiDigits('DG100 3.5')).toBe('DG100 ๓.๕');
    expect(toThaiDigits('SPM304.1 เกณฑ์ของ SPM300 › SPM304: 2 ระดับ')).toBe('SPM304.1 เกณฑ์ของ SPM300 › SPM304: ๒ ระดับ');
    expect(toThaiDigits('K9, E12 และ B4 (3)')).toBe('K9, E12 และ B4 (๓)');
  });
});
