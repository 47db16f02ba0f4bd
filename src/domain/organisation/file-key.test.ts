import { describe, expect, it } from 'vitest';
import { contentKey, fallbackKey } from './file-key';

describe("a file's key", () => {
  it('is the same for the same text whatever the name, and differs for another text', () => {
    expect(contentKey('{"a":1}')).toBe(contentKey('{"a":1}'));
    expect(contentKey('{"a":1}')).not.toBe(contentKey('{"a":2}'));
    expect(contentKey('{"a":1}')).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it('without a text, tells two files of the same name apart by size or time of change', () => {
    expect(fallbackKey('a.zip', 10, 1)).toBe(fallbackKey('a.zip', 10, 1));
    expect(fallbackKey('a.zip', 10, 1)).not.toBe(fallbackKey('a.zip', 11, 1));
    expect(fallbackKey('a.zip', 10, 1)).not.toBe(fallbackKey('a.zip', 10, 2));
  });
});
