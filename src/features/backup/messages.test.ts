import { describe, expect, it } from 'vitest';
import { translateBackup } from './messages';

describe('the backup screen’s counts', () => {
  it('says "1 assessment" and "2 assessments" in English, and the one Thai form', () => {
    expect(translateBackup('en')('backup.imported', { count: 1 })).toBe('Imported 1 assessment');
    expect(translateBackup('en')('backup.imported', { count: 2 })).toBe('Imported 2 assessments');
    expect(translateBackup('en')('backup.conflictBody', { count: 1, titles: 'A' })).toContain('holds 1 assessment already');
    expect(translateBackup('th')('backup.imported', { count: 1 })).toMatch(/ 1 /);
  });
});
