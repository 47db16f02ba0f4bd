import { describe, expect, it } from 'vitest';
import { shortNames } from './short-names';

describe('short names for a chart', () => {
  it('takes the titles off and keeps a name that fits whole', () => {
    expect(shortNames(['ว่าที่ร้อยตรีประเสริฐ ใจดี', 'ผศ.ดร.มาลี รักดี'], 20)).toEqual(['ประเสริฐ ใจดี', 'มาลี รักดี']);
  });

  it('cuts a long name in the middle, keeping its start and its end', () => {
    expect(shortNames(['Alexandra Montgomery-Smithson'], 12)).toEqual(['Alexand…hson']);
  });

  it('gives two different names that would look alike enough letters to tell them apart', () => {
    const names = ['ว่าที่ร้อยตรีประเสริฐศักดิ์ วงศ์สวัสดิ์ใจดี', 'ว่าที่ร้อยตรีประเสริฐศักดิ์ วงศ์สวัสดิ์รักดี'];
    const labels = shortNames(names, 12);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels.every((label) => label.includes('…'))).toBe(true);
    // The old cut (the first 23 letters, title and all) gave both the same label.
    expect(names.map((name) => name.slice(0, 23))).toEqual([names[0]?.slice(0, 23), names[0]?.slice(0, 23)]);
  });

  it('never splits a Thai letter from its vowel or tone mark', () => {
    const [label] = shortNames(['สมศักดิ์ศรีสุวรรณ์ ทองคำเปลว'], 10);
    expect(label).toMatch(/^[^\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/);
    expect(label?.split('…')[1]).toMatch(/^[^\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/);
  });

  it('leaves two people of the same name with the same label', () => {
    expect(shortNames(['นายสมชาย ใจดี', 'ดร.สมชาย ใจดี'], 20)).toEqual(['สมชาย ใจดี', 'สมชาย ใจดี']);
  });
});
