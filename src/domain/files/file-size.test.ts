import { describe, expect, it } from 'vitest';
import { formatFileSize, tooLargeMessage } from './file-size';

describe('formatFileSize', () => {
  it('writes bytes, KB or MB as a person reads them', () => {
    expect(formatFileSize(90)).toBe('90 bytes');
    expect(formatFileSize(812 * 1024)).toBe('812 KB');
    expect(formatFileSize(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatFileSize(5 * 1024 * 1024 + 1)).toBe('5,121 KB');
    expect(formatFileSize(700 * 1024 * 1024)).toBe('700 MB');
  });
});

describe('tooLargeMessage', () => {
  it('names the size and the most the input takes (the words: i18n/problem-messages.test.ts)', () => {
    expect(tooLargeMessage(700 * 1024 * 1024, 5 * 1024 * 1024)).toEqual({ key: 'problem.tooLarge', params: { size: '700 MB', most: '5 MB' } });
  });
});
