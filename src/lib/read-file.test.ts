import { describe, expect, it } from 'vitest';
import { readFileText } from './read-file';

describe('readFileText', () => {
  it('says the size of a file over the limit, without reading it', async () => {
    const big = new Blob([new Uint8Array(11)]);
    Object.defineProperty(big, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
    await expect(readFileText(big, 10)).resolves.toEqual({ ok: false, tooLarge: 11 });
  });

  it('reads UTF-8 and UTF-16 text', async () => {
    await expect(readFileText(new Blob(['{"ชื่อ":1}']), 100)).resolves.toEqual({ ok: true, text: '{"ชื่อ":1}' });
    const utf16 = new Uint8Array([0x7b, 0, 0x7d, 0]);
    await expect(readFileText(new Blob([utf16]), 100)).resolves.toEqual({ ok: true, text: '{}' });
  });
});
