import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a64 } from './hash';

/** FNV-1a 64 as its definition reads, in BigInt: what the app's hash must give. */
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & ((1n << 64n) - 1n);
  return hash.toString(16).padStart(16, '0');
}

describe('the app’s one hash', () => {
  it('gives the published FNV-1a 64 values', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('gives what the definition gives, over any text: Thai, emoji and lone surrogates too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(fnv1a64(text)).toBe(reference(text));
      }),
    );
    expect(fnv1a64('ภาษาไทย \u{1F600} \uD800')).toBe(reference('ภาษาไทย \u{1F600} \uD800'));
  });
});
