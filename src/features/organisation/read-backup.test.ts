import { describe, expect, it } from 'vitest';
import { makeRollupBackups } from '../../../scripts/rollup-backups.mjs';
import { maxBackupBytes } from '../../domain/backup';
import { readableText, readBackupText } from './read-backup';

const known = ['mcio', 'dcio', 'cio-assistant'];
const files = makeRollupBackups(100, { duplicates: false });
const envelope = (text: string) => JSON.parse(text) as { schemaVersion: number; assessments: unknown[] };

describe('reading one backup for the roll-up', () => {
  it('migrates a file of schema version 2 and says so', () => {
    const old = files.find((file) => envelope(file.text).schemaVersion === 2);
    expect(old && readBackupText(old.text, old.name, known)).toMatchObject({ ok: true, migratedFrom: 2 });
  });

  it('refuses a newer file, a file not ours and a file too large, each with the import\'s code and a Thai and English reason', () => {
    const current = files.find((file) => envelope(file.text).schemaVersion === 3)?.text ?? '';
    expect(readBackupText(JSON.stringify({ ...envelope(current), schemaVersion: 99 }), 'new.json', known)).toMatchObject({ ok: false, code: 'newer-version', reason: { th: expect.stringContaining('รุ่นใหม่กว่า'), en: expect.stringContaining('newer version') } });
    expect(readBackupText('{"hello":1}', 'other.json', known)).toMatchObject({ ok: false, code: 'not-ours' });
    expect(readBackupText('too-large', 'big.json', known)).toMatchObject({ ok: false, code: 'too-large' });
    expect(readBackupText(null, 'gone.json', known)).toMatchObject({ ok: false, code: 'unreadable', reason: { en: 'The file could not be read' } });
  });

  it('does not read a file over the size limit', async () => {
    const big = new Blob([new Uint8Array(maxBackupBytes + 1)]);
    await expect(readableText(big)).resolves.toBe('too-large');
    await expect(readableText(new Blob(['{}']))).resolves.toBe('{}');
  });
});
