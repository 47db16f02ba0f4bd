import { describe, expect, it } from 'vitest';
import { ownEntry } from './own-entry';

describe('ownEntry', () => {
  const record: Record<string, number> = { one: 1 };

  it('gives the value the record holds under the key', () => {
    expect(ownEntry(record, 'one')).toBe(1);
    expect(ownEntry(record, 'two')).toBeUndefined();
  });

  it('never answers with what a plain object inherits', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) expect(ownEntry(record, key)).toBeUndefined();
  });

  it('finds a value stored under such a key as its own', () => {
    const odd: Record<string, number> = Object.defineProperty({}, 'constructor', { value: 7, enumerable: true });
    expect(ownEntry(odd, 'constructor')).toBe(7);
  });
});
