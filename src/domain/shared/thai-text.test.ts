import { describe, expect, it } from 'vitest';
import { composedThai } from './thai-text';

const am = '\u0e33';
const nikhahit = '\u0e4d';
const aa = '\u0e32';
const maiTho = '\u0e49';
const maiEk = '\u0e48';

describe('composedThai', () => {
  it('writes sara am typed as nikhahit and sara aa as the one sara am', () => {
    const typed = `ทองค${nikhahit}${aa}`;
    expect(typed).not.toBe('ทองคำ');
    expect(composedThai(typed)).toBe('ทองคำ');
    expect(composedThai(typed).length).toBe(5);
  });

  it('puts the tone mark before sara am, whichever order the marks were typed in', () => {
    const written = `น${maiTho}${am}`; // น้ำ
    expect(composedThai(`น${maiTho}${nikhahit}${aa}`)).toBe(written);
    expect(composedThai(`น${nikhahit}${maiTho}${aa}`)).toBe(written);
    expect(composedThai(`น${am}${maiTho}`)).toBe(written);
    expect(composedThai(`ค${nikhahit}${maiEk}${aa}`)).toBe(`ค${maiEk}${am}`);
    // What NFKC makes of a name with sara am comes back to it.
    expect(composedThai('น้ำทิพย์ ค่ำคืน'.normalize('NFKC'))).toBe('น้ำทิพย์ ค่ำคืน');
  });

  it('leaves text already written so, a nikhahit of its own, and other scripts as they are', () => {
    for (const text of ['ทองคำ', 'น้ำผึ้ง', `พุทธ${nikhahit}`, `สร${nikhahit}`, 'Somchai Jaidee', '', 'กำลัง ทำ']) expect(composedThai(text)).toBe(text);
  });
});
