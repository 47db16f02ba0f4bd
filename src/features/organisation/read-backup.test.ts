import { describe, expect, it } from 'vitest';
import { makeRollupBackups } from '../../../scripts/rollup-backups.mjs';
import { readFileSync } from 'node:fs';
import { maxBackupBytes } from '../../domain/files/backup';
import { catalogueSchema } from '../../domain/profile/catalogue';
import { profileKeysById } from '../../domain/files/profile-keys';
import { roleProfileSchema } from '../../domain/profile/role-profile';
import { readableText, readBackupText } from './read-backup';

const read = (name: string): unknown => JSON.parse(readFileSync(`public/profiles/${name}`, 'utf8'));
const catalogue = catalogueSchema.parse(read('catalogue.json'));
const profiles = ['mcio', 'dcio', 'cio-assistant'].map((id) => roleProfileSchema.parse(read(`${id}.json`)));
const context = { profiles: profileKeysById({ profiles, catalogue }), now: '2026-12-06T05:00:00.000Z' };
const text = (value: string) => ({ ok: true as const, text: value });
const files = makeRollupBackups(100, { duplicates: false });
const envelope = (text: string) => JSON.parse(text) as { schemaVersion: number; assessments: unknown[] };

describe('reading one backup for the roll-up', () => {
  it('migrates a file of schema version 2 and says so', () => {
    const old = files.find((file) => envelope(file.text).schemaVersion === 2);
    expect(old && readBackupText(text(old.text), old.name, context)).toMatchObject({ ok: true, migratedFrom: 2 });
  });

  it("refuses a newer file, a file not ours and a file too large, each with the import's code and a Thai and English reason", () => {
    const current = files.find((file) => envelope(file.text).schemaVersion === 3)?.text ?? '';
    expect(readBackupText(text(JSON.stringify({ ...envelope(current), schemaVersion: 99 })), 'new.json', context)).toMatchObject({
      ok: false,
      code: 'newer-version',
      reason: { th: expect.stringContaining('รุ่นใหม่กว่า'), en: expect.stringContaining('newer version') },
    });
    expect(readBackupText(text('{"hello":1}'), 'other.json', context)).toMatchObject({ ok: false, code: 'not-ours' });
    expect(readBackupText({ ok: false, tooLarge: 6 * 1024 * 1024 }, 'big.json', context)).toMatchObject({
      ok: false,
      code: 'too-large',
      reason: { en: 'The file is 6 MB, larger than the 5 MB this takes: it was not read' },
    });
    expect(readBackupText(null, 'gone.json', context)).toMatchObject({ ok: false, code: 'unreadable', reason: { en: 'The file could not be read' } });
  });

  it('does not read a file over the size limit', async () => {
    const big = new Blob([new Uint8Array(maxBackupBytes + 1)]);
    await expect(readableText(big)).resolves.toEqual({ ok: false, tooLarge: maxBackupBytes + 1 });
    await expect(readableText(new Blob(['{}']))).resolves.toEqual({ ok: true, text: '{}' });
  });

  it("accepts every generated backup that is not broken on purpose: the generator writes only the profiles' items", () => {
    const refused = files.filter((file) => !readBackupText(text(file.text), file.name, context).ok).map((file) => file.name);
    expect(refused).toEqual(files.filter((_, index) => index % 50 === 49).map((file) => file.name));
  });
});
