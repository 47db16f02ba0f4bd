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

  it('count unknown keys and name the first three (the words: i18n/problem-messages.test.ts)', () => {
    expect(unknownKeys('ratings', ['unit:A1'], 'DCIO').message).toEqual({
      key: 'problem.unknownItem',
      params: { count: '1', profile: 'DCIO', shown: '"unit:A1"' },
    });
    expect(unknownKeys('ratings', ['a', 'b', 'c', 'd'], 'DCIO').message).toEqual({
      key: 'problem.unknownItems',
      params: { count: '4', profile: 'DCIO', shown: '"a", "b", "c", …' },
    });
  });

  it('say how many entries a list holds against the most it may', () => {
    expect(tooMany('rounds', 1234, 100, 'rounds')).toEqual({
      code: 'too-many',
      path: 'rounds',
      message: { key: 'problem.tooMany.rounds', params: { found: '1,234', most: '100' } },
    });
  });
});
