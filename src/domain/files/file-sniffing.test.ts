import { describe, expect, it } from 'vitest';
import { depthOf, looksBinary } from './file-sniffing';

describe('looksBinary', () => {
  it('tells a PDF, an image or NUL bytes from text, Thai included', () => {
    expect(looksBinary('%PDF-1.7')).toBe(true);
    expect(looksBinary('{"a":\u0000}')).toBe(true);
    expect(looksBinary('{"name":"สมชาย"}')).toBe(false);
  });
});

describe('depthOf', () => {
  it('counts nesting, and stops once past the limit', () => {
    expect(depthOf(1, 5)).toBe(0);
    expect(depthOf({ a: [{ b: 1 }] }, 5)).toBe(3);
    expect(depthOf(JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`), 5)).toBe(6);
  });
});
