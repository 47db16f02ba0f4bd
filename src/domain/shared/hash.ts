/** FNV-1a 64's offset basis in four 16-bit parts, lowest first. */
const offsetBasis = ['2325', '8422', '9ce4', 'cbf2'].map((part) => parseInt(part, 16));
/** Its prime is 0x100000001b3 = 2^40 + 0x1b3: a multiply by 0x1b3, plus the two low parts shifted 8 bits into the two high ones. */
const primeLow = 0x1b3;

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits (cbf29ce484222325 for no text): the app's one
 * hash. Worked in four 16-bit parts: the BigInt arithmetic it replaces took 25 times as long, and the roll-up hashes
 * every file it reads (decision 025; bench log, 2026-12-06).
 */
export function fnv1a64(text: string): string {
  let [h0 = 0, h1 = 0, h2 = 0, h3 = 0] = offsetBasis;
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    const t0 = h0 * primeLow;
    const t1 = h1 * primeLow + (t0 >>> 16);
    const t2 = h2 * primeLow + (h0 << 8) + (t1 >>> 16);
    h3 = (h3 * primeLow + (h1 << 8) + (t2 >>> 16)) & 0xffff;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
  }
  return [h3, h2, h1, h0].map((part) => part.toString(16).padStart(4, '0')).join('');
}
