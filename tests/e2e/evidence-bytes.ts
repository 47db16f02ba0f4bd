/**
 * A PDF of `size` bytes that PDF readers open: a one-page document whose stream is padded with seeded pseudo-random
 * bytes (not compressible, so a zip holds it at its full size), for evidence-file tests.
 */
export function evidencePdf(size: number, seed = 1): Buffer {
  const head = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n4 0 obj<</Length 0>>stream\n',
    'latin1',
  );
  const tail = Buffer.from('\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
  const padding = Buffer.alloc(Math.max(0, size - head.length - tail.length));
  let state = seed >>> 0;
  for (let i = 0; i < padding.length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    padding[i] = state >>> 24;
  }
  return Buffer.concat([head, padding, tail]);
}
