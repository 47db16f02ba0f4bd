import { describe, expect, it } from 'vitest';
import { maxEvidenceBytes, type EvidenceFile } from '../assessment/assessment';
import { makeAssessment } from '../../testing/assessment-factory';
import { maxBackupBytes } from './backup';
import { checkManifest, checkZipListing, evidenceManifest, evidenceZipPath, maxZipBytes, maxZipEntries, unsafeZipPath, type ZipEntry } from './evidence-zip';

const sha = (digit: string) => digit.repeat(64);
const file = (overrides: Partial<EvidenceFile> = {}): EvidenceFile => ({
  id: 'file-0001',
  attachedTo: 'unit:DG100',
  name: 'คำสั่งแต่งตั้ง.pdf',
  size: 1000,
  addedAt: '2026-11-28T03:00:00.000Z',
  sha256: sha('a'),
  ...overrides,
});
const base: ZipEntry[] = [
  { name: 'backup.json', originalSize: 2000 },
  { name: 'manifest.json', originalSize: 300 },
];

describe('unsafeZipPath', () => {
  it('refuses paths that climb out of their folder, absolute paths, drive letters, backslashes and control characters', () => {
    for (const path of [
      '../backup.json',
      'evidence/../../x.pdf',
      'evidence/..',
      '/etc/passwd',
      'C:/Windows/x.pdf',
      'c:x.pdf',
      'evidence\\..\\x.pdf',
      'evidence//x.pdf',
      './backup.json',
      'evidence/a\u0000.pdf',
      '',
      `evidence/${'x'.repeat(400)}`,
    ]) {
      expect(unsafeZipPath(path), path).toBe(true);
    }
  });

  it('takes plain names, Thai ones included, and folder entries', () => {
    for (const path of ['backup.json', 'evidence/file-0001/คำสั่งแต่งตั้ง.pdf', 'evidence/', 'evidence/a..b.pdf']) expect(unsafeZipPath(path), path).toBe(false);
  });
});

describe('evidenceZipPath', () => {
  it('puts each file in a folder of its id, under a name with no separators or leading dots', () => {
    expect(evidenceZipPath({ id: 'file-0001', name: 'คำสั่งแต่งตั้ง.pdf' })).toBe('evidence/file-0001/คำสั่งแต่งตั้ง.pdf');
    expect(evidenceZipPath({ id: 'file-0002', name: '../../etc\\passwd.pdf' })).toBe('evidence/file-0002/_.._etc_passwd.pdf');
    expect(evidenceZipPath({ id: 'file-0003', name: '...' })).toBe('evidence/file-0003/file');
    expect(unsafeZipPath(evidenceZipPath({ id: 'file-0004', name: '..\u0000/x:y?.pdf' }))).toBe(false);
  });
});

describe('checkZipListing', () => {
  it('takes a backup, a manifest and evidence files within the limits', () => {
    expect(checkZipListing([...base, { name: 'evidence/', originalSize: 0 }, { name: 'evidence/file-0001/a.pdf', originalSize: maxEvidenceBytes }])).toEqual({
      ok: true,
    });
  });

  it('refuses, before anything is unpacked, a path out of its folder, a name twice, and a zip that is not ours', () => {
    expect(checkZipListing([...base, { name: '../evil.pdf', originalSize: 10 }])).toMatchObject({
      ok: false,
      problem: { code: 'zip-unsafe-path', path: '../evil.pdf', message: { key: 'problem.zip.unsafePath', params: { path: '../evil.pdf' } } },
    });
    expect(checkZipListing([...base, { name: 'backup.json', originalSize: 10 }])).toMatchObject({
      ok: false,
      problem: { message: { key: 'problem.zip.twice' } },
    });
    expect(checkZipListing([base[0] as ZipEntry])).toMatchObject({ ok: false, problem: { code: 'not-ours' } });
  });

  it('refuses an entry over its limit (10 MB a file, 5 MB the backup) and a zip that unpacks to more than 500 MB', () => {
    expect(checkZipListing([...base, { name: 'evidence/x/a.pdf', originalSize: maxEvidenceBytes + 1 }])).toMatchObject({
      ok: false,
      problem: { code: 'too-large', path: 'evidence/x/a.pdf', message: { key: 'problem.zip.entryTooLarge' } },
    });
    expect(checkZipListing([{ name: 'backup.json', originalSize: maxBackupBytes + 1 }, base[1] as ZipEntry])).toMatchObject({
      ok: false,
      problem: { code: 'too-large', path: 'backup.json' },
    });
    const many = Array.from({ length: Math.ceil(maxZipBytes / maxEvidenceBytes) + 1 }, (_, index) => ({
      name: `evidence/f${index}/a.pdf`,
      originalSize: maxEvidenceBytes,
    }));
    expect(checkZipListing([...base, ...many])).toMatchObject({ ok: false, problem: { code: 'too-large', message: { key: 'problem.zip.tooLargeUnpacked' } } });
    const entries = Array.from({ length: maxZipEntries + 1 }, (_, index) => ({ name: `evidence/f${index}/a.pdf`, originalSize: 1 }));
    expect(checkZipListing(entries)).toMatchObject({ ok: false, problem: { code: 'too-many' } });
  });
});

describe('checkManifest', () => {
  const named = file();
  const assessments = [makeAssessment({ id: 'assessment-1', evidence: [named] })];
  const manifest = evidenceManifest([named]);
  const entries = [...base, { name: evidenceZipPath(named), originalSize: named.size }];

  it('takes files listed, zipped and named by the assessments with the same size and SHA-256', () => {
    expect(checkManifest(manifest, entries, assessments)).toEqual({ ok: true, files: manifest.files });
    // A file the assessments name that the zip lacks stays named, and missing.
    expect(checkManifest(evidenceManifest([]), base, assessments)).toEqual({ ok: true, files: [] });
  });

  it('refuses by name a file whose SHA-256 or size differs from what the assessment recorded', () => {
    const changed = evidenceManifest([{ ...named, sha256: sha('b') }]);
    expect(checkManifest(changed, entries, assessments)).toMatchObject({
      ok: false,
      problem: { code: 'zip-hash-mismatch', message: { key: 'problem.zip.hashMismatch', params: { name: 'คำสั่งแต่งตั้ง.pdf' } } },
    });
    expect(checkManifest(evidenceManifest([{ ...named, size: 999 }]), entries, assessments)).toMatchObject({
      ok: false,
      problem: { code: 'zip-hash-mismatch' },
    });
  });

  it('refuses a file the manifest does not list, one it lists that the zip lacks, one no assessment names, and a bad manifest', () => {
    expect(checkManifest(manifest, [...entries, { name: 'evidence/extra.exe', originalSize: 5 }], assessments)).toMatchObject({
      ok: false,
      problem: { code: 'zip-unlisted', path: 'evidence/extra.exe' },
    });
    expect(checkManifest(manifest, base, assessments)).toMatchObject({ ok: false, problem: { code: 'zip-missing-file' } });
    expect(checkManifest(manifest, entries, [makeAssessment({ id: 'assessment-1' })])).toMatchObject({
      ok: false,
      problem: { message: { key: 'problem.zip.notNamed' } },
    });
    expect(checkManifest({ ...manifest, format: 'other' }, entries, assessments)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    expect(checkManifest({ ...manifest, files: [...manifest.files, ...manifest.files] }, entries, assessments)).toMatchObject({
      ok: false,
      problem: { message: { key: 'problem.zip.sameFile' } },
    });
  });
});
