import { describe, expect, it } from 'vitest';
import { decodeFileText, encodingOf } from './file-text';

const text = '{"format":"cio-skills-compass-backup","name":"สมชาย ใจดี"}';

function utf16(value: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array(value.length * 2 + (bom ? 2 : 0));
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, order === 'le');
  for (let index = 0; index < value.length; index++) view.setUint16((bom ? 2 : 0) + index * 2, value.charCodeAt(index), order === 'le');
  return bytes;
}

describe('decodeFileText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeFileText(utf8)).toBe(text);
    expect(decodeFileText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
  });

  it('reads UTF-16 in either byte order, with or without a byte order mark', () => {
    for (const order of ['le', 'be'] as const) {
      for (const bom of [true, false]) expect(decodeFileText(utf16(text, order, bom)), `${order} ${bom}`).toBe(text);
    }
  });

  it('leaves a binary file as UTF-8, its zero bytes at even and odd places alike', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(encodingOf(png)).toBe('utf-8');
    expect(encodingOf(new Uint8Array())).toBe('utf-8');
  });
});
