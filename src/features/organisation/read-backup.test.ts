import { describe, expect, it } from 'vitest';
import { makeRollupBackups } from '../../../scripts/rollup-backups.mjs';
import { readFileSync } from 'node:fs';
import { maxBackupBytes } from '../../domain/files/backup';
import { catalogueSchema } from '../../domain/profile/catalogue';
import { profileKeysById } from '../../domain/files/profile-keys';
import { roleProfileSchema } from '../../domain/profile/role-profile';
import { strToU8, zipSync } from 'fflate';
import { schemaVersion } from '../../domain/assessment/migrations';
import { evidenceCount } from '../../domain/organisation/organisation-record';
import { contentText, readableText, readBackupText } from './read-backup';
import { pageReadLimit } from './use-rollup';

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
    await expect(readableText(big, 'big.json')).resolves.toEqual({ ok: false, tooLarge: maxBackupBytes + 1 });
    await expect(readableText(new Blob(['{}']), 'small.json')).resolves.toEqual({ ok: true, text: '{}' });
  });

  it('reads the backup inside a zip with evidence files, counting the files its assessments name, and refuses a zip with a path out of its folder', async () => {
    const current = envelope(files.find((file) => envelope(file.text).schemaVersion === 3)?.text ?? '');
    const evidence = ['file-org001', 'file-org002'].map((id) => ({
      id,
      attachedTo: 'experience:enterprise-architecture',
      name: `${id}.pdf`,
      size: 10,
      addedAt: '2026-11-20T03:00:00.000Z',
      sha256: 'a'.repeat(64),
    }));
    const first = { ...(current.assessments[0] as object), evidence };
    const backup = strToU8(JSON.stringify({ ...current, schemaVersion, assessments: [first] }));
    const manifest = strToU8('{}');
    // The evidence file is never unpacked: a zip without it reads the same.
    const zip = new Blob([zipSync({ 'backup.json': backup, 'manifest.json': manifest, 'evidence/file-org001/file-org001.pdf': new Uint8Array(10) })]);
    const outcome = readBackupText(await readableText(zip, 'สมชาย.zip'), 'สมชาย.zip', context);
    expect(outcome).toMatchObject({ ok: true, assessments: [{ evidence }] });
    if (outcome.ok) expect(evidenceCount(outcome.assessments[0] ?? {})).toBe(2);
    const climbing = new Blob([zipSync({ 'backup.json': backup, 'manifest.json': manifest, '../outside.pdf': new Uint8Array(1) })]);
    expect(readBackupText(await readableText(climbing, 'bad.zip'), 'bad.zip', context)).toMatchObject({
      ok: false,
      code: 'zip-unsafe-path',
      reason: { en: 'The zip file holds a path that leads out of its folder ("../outside.pdf"), so nothing in it was opened' },
    });
    expect(readBackupText(await readableText(new Blob(['PK\u0003\u0004 no']), 'broken.zip'), 'broken.zip', context)).toMatchObject({
      ok: false,
      code: 'zip-damaged',
    });
  });

  it("accepts every generated backup that is not broken on purpose: the generator writes only the profiles' items", () => {
    const refused = files.filter((file) => !readBackupText(text(file.text), file.name, context).ok).map((file) => file.name);
    expect(refused).toEqual(files.filter((_, index) => index % 50 === 49).map((file) => file.name));
  });

  it('reads what the page handed over: bytes decoded, a size or bytes over the limit refused with it, an unreadable file as one', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x7d, 0]);
    await expect(contentText({ kind: 'bytes', bytes: new TextEncoder().encode('{"ชื่อ":1}') }, 'a.json')).resolves.toEqual({ ok: true, text: '{"ชื่อ":1}' });
    await expect(contentText({ kind: 'bytes', bytes: utf16 }, 'b.json')).resolves.toEqual({ ok: true, text: '{}' });
    // The page reads up to its own limit, above the backup's: a file between the two is refused with its size.
    expect(pageReadLimit).toBeGreaterThan(maxBackupBytes);
    await expect(contentText({ kind: 'bytes', bytes: new Uint8Array(maxBackupBytes + 1) }, 'c.json')).resolves.toEqual({
      ok: false,
      tooLarge: maxBackupBytes + 1,
    });
    await expect(contentText({ kind: 'too-large', size: 700_000_000, lastModified: 1 }, 'd.json')).resolves.toEqual({ ok: false, tooLarge: 700_000_000 });
    await expect(contentText({ kind: 'unreadable', lastModified: 1 }, 'e.json')).resolves.toBeNull();
    expect(readBackupText(await contentText({ kind: 'unreadable', lastModified: 1 }, 'e.json'), 'e.json', context)).toMatchObject({
      ok: false,
      code: 'unreadable',
    });
  });
});
