/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits: the app's one hash. Worked in four 16-bit parts
 * (the prime 2^40 + 0x1b3 is a multiply by 0x1b3 and a shift of the low two parts): the BigInt arithmetic it replaces
 * took 25 times as long, and the roll-up hashes every file it reads (decision 025; bench log, 2026-12-06).
 */
export function fnv1a64(text: string): string {
  let [h0, h1, h2, h3] = [0x2325, 0x8422, 0x9ce4, 0xcbf2];
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
  }
  return [h3, h2, h1, h0].map((part) => part.toString(16).padStart(4, '0')).join('');
}
