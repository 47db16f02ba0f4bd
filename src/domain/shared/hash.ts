/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits: the app's one hash. Worked in four 16-bit parts
 * (a to d, lowest first) of the offset basis cbf29ce484222325, the prime 0x100000001b3 being 2^40 + 0x1b3: the BigInt
 * arithmetic it replaces took ten times as long or more (bench log, 2026-12-06), and the roll-up hashes every file
 * it reads (decision 025).
 */
export function fnv1a64(text: string): string {
  let [a, b, c, d] = [0x2325, 0x8422, 0x9ce4, 0xcbf2];
  for (const byte of new TextEncoder().encode(text)) {
    a ^= byte;
    const x = a * 0x1b3;
    const y = b * 0x1b3 + (x >>> 16);
    const z = c * 0x1b3 + (a << 8) + (y >>> 16);
    d = (d * 0x1b3 + (b << 8) + (z >>> 16)) & 0xffff;
    a = x & 0xffff;
    b = y & 0xffff;
    c = z & 0xffff;
  }
  // Each part plus 2^16, so that its hex has its leading zeros after the 1 taken off.
  return [d, c, b, a].map((part) => (part + 65536).toString(16).slice(1)).join('');
}
