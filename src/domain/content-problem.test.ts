import { describe, expect, it } from 'vitest';
import { firstDuplicate, quoted, tooMany, unknownKeys } from './content-problem';

describe('firstDuplicate', () => {
  it('finds the first two entries that share an id, by their places', () => {
    expect(firstDuplicate([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'b' }])).toEqual({ first: 0, second: 2, id: 'a' });
    expect(firstDuplicate([{ id: 'a' }, { id: 'b' }])).toBeNull();
  });
});

describe('the messages of content problems', () => {
  it('quote a text from a file, cut at 40 characters', () => {
    expect(quoted('สั้น')).toBe('"สั้น"');
    expect(quoted('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
  });

  it('count unknown keys and name the first three, in Thai and English', () => {
    expect(unknownKeys('ratings', ['unit:A1'], 'DCIO').message).toEqual({
      th: 'ไฟล์อ้างถึง 1 รายการที่ไม่มีในชุดทักษะ DCIO: "unit:A1"',
      en: 'The file refers to 1 item that the DCIO role profile does not have: "unit:A1"',
    });
    expect(unknownKeys('ratings', ['a', 'b', 'c', 'd'], 'DCIO').message.en).toBe('The file refers to 4 items that the DCIO role profile does not have: "a", "b", "c", …');
  });

  it('say how many entries a list holds against the most it may', () => {
    expect(tooMany('rounds', 1234, 100, { th: 'รอบการประเมิน', en: 'rounds' })).toEqual({
      code: 'too-many',
      path: 'rounds',
      message: { th: 'ไฟล์มีรอบการประเมิน 1,234 รายการ มากกว่า 100 รายการที่รับได้', en: 'The file holds 1,234 rounds, more than the 100 it may' },
    });
  });
});
