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
  it('says the size, the most the input takes, and that the file was not read, Thai first', () => {
    expect(tooLargeMessage(700 * 1024 * 1024, 5 * 1024 * 1024)).toEqual({
      th: 'ไฟล์มีขนาด 700 MB ใหญ่เกิน 5 MB ที่รับได้ จึงไม่ได้อ่านไฟล์นี้',
      en: 'The file is 700 MB, larger than the 5 MB this takes: it was not read',
    });
  });
});
