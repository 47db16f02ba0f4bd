import { describe, expect, it } from 'vitest';
import { isSystemFile } from './system-files';

describe('hidden system files', () => {
  it('are the files an operating system or office program leaves beside the backups', () => {
    for (const name of [
      '.DS_Store',
      'backups/.DS_Store',
      'backups/._backup-1.json',
      'Thumbs.db',
      'backups/thumbs.db',
      'desktop.ini',
      '~$รายงาน.docx',
      'backups/~$list.xlsx',
      '__MACOSX/backups/a.json',
      '.git/config',
    ])
      expect(isSystemFile(name), name).toBe(true);
  });

  it('are never a file the user meant, whatever its name', () => {
    for (const name of ['backup-000001.json', 'backups/สมชาย.json', 'รายชื่อ.csv', 'report.docx', 'notes.txt', 'a.b.json', 'x~$.json'])
      expect(isSystemFile(name), name).toBe(false);
  });
});
