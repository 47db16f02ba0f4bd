import { describe, expect, it } from 'vitest';
import { fileCounts } from './rollup-selection';

const refusal = (file: string) => ({ file, ok: false as const, path: '', reason: { th: 'เสีย', en: 'broken' } });

describe('the files the printed figures come from (HR trial point 2)', () => {
  it('counts the files read apart from the refused ones, the system files skipped and the files chosen again', () => {
    const rollup = {
      files: 10,
      refused: [refusal('a.json'), refusal('b.txt')],
      skipped: ['.DS_Store'],
      repeated: [{ file: 'c.json', same: 'c.json', key: 'k' }],
    };
    expect(fileCounts(rollup)).toEqual({ read: 8, refused: 2, skipped: 1, repeated: 1 });
  });

  it('says nothing was read when every file was refused', () => {
    expect(fileCounts({ files: 2, refused: [refusal('a.json'), refusal('b.json')], skipped: [], repeated: [] })).toEqual({
      read: 0,
      refused: 2,
      skipped: 0,
      repeated: 0,
    });
  });
});
