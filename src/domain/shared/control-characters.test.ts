import { describe, expect, it } from 'vitest';
import { withoutControlCharacters } from './control-characters';

describe('withoutControlCharacters', () => {
  it('writes every kind of line break as the one given', () => {
    expect(withoutControlCharacters('a\r\nb\nc\rd\u2028e\u2029f\u0085g\vh\fi', '|')).toBe('a|b|c|d|e|f|g|h|i');
  });

  it('removes every other C0 and C1 control character and DEL, and keeps tab, Thai and other text', () => {
    const controls = [...Array.from({ length: 0x20 }, (_, code) => code), 0x7f, ...Array.from({ length: 0x20 }, (_, code) => 0x80 + code)]
      .filter((code) => ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85].includes(code))
      .map((code) => String.fromCharCode(code))
      .join('');
    expect(withoutControlCharacters(`ชื่อ${controls}\tName`, ' ')).toBe('ชื่อ\tName');
    expect(withoutControlCharacters('NUL\u0000BEL\u0007ESC\u001b', ' ')).toBe('NULBELESC');
  });
});
