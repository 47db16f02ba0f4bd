import { describe, expect, it } from 'vitest';
import { readFileText } from './read-file';
import { readFileBytes } from './read-file-bytes';

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

describe('readFileBytes', () => {
  it("reads a file's bytes without asking its size", async () => {
    const bytes = new TextEncoder().encode('{"ชื่อ":1}');
    const halves = [bytes.slice(0, 5), bytes.slice(5)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = halves.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const file = {
      stream: () => stream,
      get size(): number {
        throw new Error('asked');
      },
    } as unknown as Blob;
    const read = await readFileBytes(file, 100);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('{"ชื่อ":1}');
  });

  it('stops reading past the limit, and says the size', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(8));
      },
    });
    const file = { stream: () => stream, size: 1_000_000 } as unknown as Blob;
    await expect(readFileBytes(file, 20)).resolves.toEqual({ ok: false, tooLarge: 1_000_000 });
    expect(pulled).toBeLessThanOrEqual(4);
  });
});
