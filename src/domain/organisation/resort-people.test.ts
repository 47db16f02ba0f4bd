import { describe, expect, it } from 'vitest';
import { resortPeople } from './organisation-people-view';

const byValue = (a: number, b: number) => a - b;

describe('resortPeople', () => {
  it('takes out the people gone and puts those come in their places, as sorting all again would', () => {
    expect(resortPeople([1, 3, 5, 7], new Set([3]), [6, 2, 9, 0], byValue)).toEqual([0, 1, 2, 5, 6, 7, 9]);
    expect(resortPeople([], new Set<number>(), [2, 1], byValue)).toEqual([1, 2]);
    expect(resortPeople([1, 2], new Set([1, 2]), [], byValue)).toEqual([]);
  });

  it('gives the same as a full sort on random lists', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const before = Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 1000)).sort(byValue);
      const gone = new Set(before.filter(() => random() < 0.3));
      const come = Array.from({ length: Math.floor(random() * 20) }, () => Math.floor(random() * 1000));
      const expected = [...before.filter((value) => !gone.has(value)), ...come].sort(byValue);
      expect(resortPeople(before, gone, come, byValue)).toEqual(expected);
    }
  });
});
