import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonical-text';

describe('canonicalText', () => {
  it('writes the same text whatever the order of the keys, at every depth, leaving out undefined fields', () => {
    expect(canonicalText({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalText({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
    expect(canonicalText({ a: undefined, b: 'ข' })).toBe('{"b":"ข"}');
    expect(canonicalText({ b: [2, 1], a: 'x' })).toBe('{"a":"x","b":[2,1]}');
  });
});
