import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EvidenceFile } from '../domain/assessment/assessment';
import { createBackup } from '../domain/files/backup';
import { profileKeysById } from '../domain/files/profile-keys';
import { makeAssessment } from '../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../testing/profile-factory';
import { EvidenceStoreFault } from './evidence-store';
import { keepZipEvidence, readEvidenceZip, writeEvidenceZip } from './evidence-zip';
import { sha256Hex } from './sha256';

// IndexedDB as a map: what the browser keeps, by file id. A test empties it to play a fresh browser.
const kept = new Map<string, Uint8Array>();
const store = vi.hoisted(() => ({ full: false }));
vi.mock('./evidence-store', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./evidence-store')>()),
  readEvidence: (id: string) => Promise.resolve(kept.has(id) ? new Blob([kept.get(id)?.slice() ?? new Uint8Array()]) : undefined),
  keepEvidenceAll: (ids: string[], bytesOf: (id: string) => { bytes: ArrayBuffer }) => {
    // One transaction: all of them, or none.
    const batch = new Map(ids.filter((id) => !kept.has(id)).map((id) => [id, new Uint8Array(bytesOf(id).bytes)]));
    if (store.full) return Promise.reject(new EvidenceStoreFault('full'));
    batch.forEach((bytes, id) => kept.set(id, bytes));
    return Promise.resolve(batch.size);
  },
}));

const context = { profiles: profileKeysById({ profiles: [makeProfile()], catalogue: makeCatalogue() }), now: '2026-12-06T05:00:00.000Z' };
const pdf = Uint8Array.from({ length: 50_000 }, (_, index) => (index * 7919) % 251);
const other = strToU8('%PDF-1.4 another file');

async function attached(id: string, name: string, bytes: Uint8Array): Promise<EvidenceFile> {
  kept.set(id, bytes);
  return { id, attachedTo: 'unit:DG100', name, size: bytes.length, addedAt: '2026-11-28T03:00:00.000Z', sha256: await sha256Hex(bytes.slice().buffer) };
}

async function exported() {
  const files = [await attached('file-0001', 'คำสั่งแต่งตั้ง.pdf', pdf), await attached('file-0002', 'report.pdf', other)];
  const assessments = [makeAssessment({ id: 'assessment-1', evidence: files })];
  const text = JSON.stringify(createBackup(assessments, { appVersion: 'x', now: context.now }));
  const written = await writeEvidenceZip(assessments, text);
  return { files, assessments, written, data: new Uint8Array(await written.blob.arrayBuffer()) };
}

const read = (data: Uint8Array, name = 'backup.zip') => readEvidenceZip(new File([data.slice()], name), context, () => undefined);

beforeEach(() => {
  kept.clear();
  store.full = false;
});

describe('a backup with evidence files', () => {
  it('holds the JSON backup, each file and a manifest with its SHA-256, and comes back byte for byte in a fresh browser', async () => {
    const { files, assessments, written, data } = await exported();
    expect(written).toMatchObject({ files: 2, missing: [] });
    const entries = unzipSync(data);
    expect(Object.keys(entries).sort()).toEqual(['backup.json', 'evidence/file-0001/คำสั่งแต่งตั้ง.pdf', 'evidence/file-0002/report.pdf', 'manifest.json']);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest.files.map((file: { sha256: string }) => file.sha256)).toEqual(files.map((file) => file.sha256));

    kept.clear();
    const opened = await read(data);
    expect(opened).toMatchObject({ ok: true, assessments, migratedFrom: null });
    if (!opened.ok) return;
    await expect(keepZipEvidence(opened.evidence)).resolves.toEqual({ ok: true, added: 2 });
    expect(Array.from(kept.get('file-0001') ?? [])).toEqual(Array.from(pdf));
    expect(Array.from(kept.get('file-0002') ?? [])).toEqual(Array.from(other));
  });

  it('says which file of how many it is writing, for the screen’s progress, and skips one this browser keeps already', async () => {
    const { data } = await exported();
    kept.clear();
    const opened = await read(data);
    if (!opened.ok) throw new Error('the zip reads');
    const heard: [number, number][] = [];
    await keepZipEvidence(opened.evidence, (file, total) => heard.push([file, total]));
    expect(heard).toEqual([
      [1, 2],
      [2, 2],
    ]);
    kept.delete('file-0002');
    heard.length = 0;
    await keepZipEvidence(opened.evidence, (file, total) => heard.push([file, total]));
    expect(heard).toEqual([[2, 2]]);
  });

  it('leaves out, and names, a file this browser no longer has', async () => {
    const files = [await attached('file-0001', 'order.pdf', pdf)];
    kept.clear();
    const assessments = [makeAssessment({ id: 'assessment-1', evidence: files })];
    const written = await writeEvidenceZip(assessments, JSON.stringify(createBackup(assessments, { appVersion: 'x', now: context.now })));
    expect(written).toMatchObject({ files: 0, missing: ['order.pdf'] });
    // It imports: the file stays named, and missing, as it was.
    await expect(read(new Uint8Array(await written.blob.arrayBuffer()))).resolves.toMatchObject({ ok: true, evidence: { files: [] } });
  });

  it('refuses by name a file changed inside the zip, and keeps nothing', async () => {
    const { data } = await exported();
    const entries = unzipSync(data);
    const tampered = entries['evidence/file-0002/report.pdf']?.slice() ?? new Uint8Array();
    tampered[3] = 0;
    const rezipped = zipSync({ ...entries, 'evidence/file-0002/report.pdf': tampered });
    kept.clear();
    await expect(read(rezipped)).resolves.toMatchObject({
      ok: false,
      problem: {
        code: 'zip-hash-mismatch',
        path: 'evidence/file-0002/report.pdf',
        message: { key: 'problem.zip.hashMismatch', params: { name: 'report.pdf' } },
      },
    });
    expect(kept.size).toBe(0);
  });

  it('refuses a path out of its folder, an absolute path and a backslash before unpacking anything, and a file that is no zip', async () => {
    const { data } = await exported();
    const entries = unzipSync(data);
    for (const path of ['../../evil.pdf', '/etc/evil.pdf', 'evidence\\..\\evil.pdf']) {
      await expect(read(zipSync({ ...entries, [path]: strToU8('x') }))).resolves.toMatchObject({ ok: false, problem: { code: 'zip-unsafe-path', path } });
    }
    await expect(read(strToU8('PK\u0003\u0004 not really'))).resolves.toMatchObject({ ok: false, problem: { code: 'zip-damaged' } });
  });

  it('refuses a file of an id this browser keeps with other bytes, rather than overwrite it', async () => {
    const { data } = await exported();
    kept.set('file-0002', strToU8('something else'));
    await expect(read(data)).resolves.toMatchObject({ ok: false, problem: { code: 'duplicate-id', message: { key: 'problem.zip.otherFileKept' } } });
  });

  it('keeps none of the files when storage fills part-way, and says so with their size', async () => {
    const { data } = await exported();
    kept.clear();
    const opened = await read(data);
    if (!opened.ok) throw new Error('the zip should read');
    store.full = true;
    await expect(keepZipEvidence(opened.evidence)).resolves.toMatchObject({
      ok: false,
      problem: { code: 'evidence-storage', message: { key: 'problem.zip.storageFull', params: { size: '49 KB' } } },
    });
    expect(kept.size).toBe(0);
  });
});
