import { describe, expect, it } from 'vitest';
import { cssString } from './print-footer';

describe('cssString', () => {
  it('quotes the text, escaping quotes and backslashes as CSS does', () => {
    expect(cssString('สมชาย "ใจดี" \\ DCIO')).toBe('"สมชาย \\"ใจดี\\" \\\\ DCIO"');
  });

  it('writes a line break of any kind as the CSS escape \\A and drops other control characters', () => {
    expect(cssString('Name\nLine2\r\nLine3\u2028Line4')).toBe('"Name\\A Line2\\A Line3\\A Line4"');
    expect(cssString('a\u0000b\u0007c\u001bd\u0085e')).toBe('"abcd\\A e"');
  });
});
