import { Zip, ZipDeflate, ZipPassThrough, strToU8, strFromU8 } from 'fflate';
import type { Assessment, EvidenceFile } from '../domain/assessment/assessment';
import { evidenceOpenType } from '../domain/assessment/evidence-kinds';
import type { ImportProblem } from '../domain/files/backup';
import {
  checkManifest,
  checkZipListing,
  evidenceManifest,
  evidenceZipPath,
  maxZipBytes,
  zipBackupPath,
  zipManifestPath,
  type ManifestFile,
} from '../domain/files/evidence-zip';
import { formatFileSize, tooLargeMessage } from '../domain/files/file-size';
import type { BackupContext } from '../domain/files/read-backup';
import { parseGuardedJson } from '../domain/files/guarded-json';
import { says, type ProblemMessageKey } from '../domain/shared/problem-message';
import { faultOf, keepEvidenceAll, readEvidence } from './evidence-store';
import { nextTask } from './next-task';
import { listZip, unpack } from './zip-entries';
import { readBackupOffPage } from './read-backup-off-page';
import { sha256Hex } from './sha256';

/**
 * Writing and reading a backup with evidence files (domain/files/evidence-zip.ts) with fflate, loaded only when the
 * user exports or imports one. The zip is written entry by entry, a task each, and read one entry at a time.
 */

/** The bytes of `view` as an ArrayBuffer of their own. */
function ownBuffer(view: Uint8Array): ArrayBuffer {
  return view.byteOffset === 0 && view.byteLength === view.buffer.byteLength && view.buffer instanceof ArrayBuffer ? view.buffer : view.slice().buffer;
}

/** The files the assessments name, each once (two copies of an assessment name the same file). */
function namedFiles(assessments: readonly Assessment[]): EvidenceFile[] {
  return [...new Map(assessments.flatMap((assessment) => (assessment.evidence ?? []).map((file) => [file.id, file] as const))).values()];
}

export interface EvidenceZipWritten {
  blob: Blob;
  /** How many files the zip holds. */
  files: number;
  /** The names of files the assessments name that this browser does not have whole (cleared, or attached elsewhere). */
  missing: string[];
}

/** The zip of `backupText` (the JSON backup as export writes it) and every evidence file its assessments name. */
export async function writeEvidenceZip(assessments: readonly Assessment[], backupText: string): Promise<EvidenceZipWritten> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(new Uint8Array(chunk));
  });
  const add = (path: string, bytes: Uint8Array, compress: boolean) => {
    // PDF, images and Office documents are compressed already: stored as they are, they are written fast.
    const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    zip.add(entry);
    entry.push(bytes, true);
  };
  add(zipBackupPath, strToU8(backupText), true);
  const kept: (EvidenceFile & { sha256: string })[] = [];
  const missing: string[] = [];
  for (const file of namedFiles(assessments)) {
    await nextTask();
    const blob = await readEvidence(file.id).catch(() => undefined);
    const bytes = blob ? new Uint8Array(await blob.arrayBuffer()) : null;
    // A copy that no longer matches its SHA-256 is not written: import would refuse the whole zip for it.
    if (!bytes || (await sha256Hex(ownBuffer(bytes))) !== file.sha256) {
      missing.push(file.name);
      continue;
    }
    add(evidenceZipPath(file), bytes, false);
    kept.push(file);
  }
  add(zipManifestPath, strToU8(JSON.stringify(evidenceManifest(kept), null, 2)), true);
  zip.end();
  if (failure) throw failure;
  return { blob: new Blob(chunks, { type: 'application/zip' }), files: kept.length, missing };
}

function refusal(code: ImportProblem['code'], path: string, key: ProblemMessageKey, params?: Record<string, string | number>) {
  return { ok: false as const, problem: { code, path, message: says(key, params) } };
}
const damaged = () => refusal('zip-damaged', '', 'problem.zip.damaged');

/** A zip read and checked whole, ready to keep: its assessments, its files and the zip's bytes to unpack them from. */
export interface ZipEvidence {
  files: ManifestFile[];
  data: Uint8Array;
}
export type EvidenceZipRead =
  { ok: true; assessments: Assessment[]; migratedFrom: number | null; evidence: ZipEvidence } | { ok: false; problem: ImportProblem };

/**
 * Reads a backup with evidence files as import does: its listing before anything is unpacked (paths, sizes), the
 * backup inside as a JSON backup is read, the manifest against both, then every file's SHA-256; a file of the same id
 * this browser keeps already must be the same file. Refuses, naming the file, at the first that fails. Never throws.
 */
export async function readEvidenceZip(
  file: Blob,
  context: BackupContext,
  onProgress: (done: number, total: number, what: 'assessments' | 'files') => void,
): Promise<EvidenceZipRead> {
  if (file.size > maxZipBytes) return { ok: false, problem: { code: 'too-large', path: '', message: tooLargeMessage(file.size, maxZipBytes) } };
  const data = new Uint8Array(await file.arrayBuffer());
  const entries = listZip(data);
  if (!entries) return damaged();
  const listing = checkZipListing(entries);
  if (!listing.ok) return listing;
  const backupBytes = unpack(data, zipBackupPath);
  const manifestBytes = unpack(data, zipManifestPath);
  if (!backupBytes || !manifestBytes) return damaged();
  const backup = await readBackupOffPage(new Blob([ownBuffer(backupBytes)], { type: 'application/json' }), context, (done, total) =>
    onProgress(done, total, 'assessments'),
  );
  if (!backup.ok) return backup;
  const manifestJson = parseGuardedJson(strFromU8(manifestBytes));
  const manifest = checkManifest(manifestJson.ok && manifestJson.unsafeKey === null ? manifestJson.data : null, entries, backup.assessments);
  if (!manifest.ok) return manifest;
  for (const [index, listed] of manifest.files.entries()) {
    onProgress(index, manifest.files.length, 'files');
    await nextTask();
    const bytes = unpack(data, listed.path);
    if (!bytes || bytes.length !== listed.size || (await sha256Hex(ownBuffer(bytes))) !== listed.sha256)
      return refusal('zip-hash-mismatch', listed.path, 'problem.zip.hashMismatch', { name: listed.name });
    const kept = await readEvidence(listed.id).catch(() => undefined);
    if (kept && (await sha256Hex(await kept.arrayBuffer())) !== listed.sha256)
      return refusal('duplicate-id', listed.path, 'problem.zip.otherFileKept', { name: listed.name });
  }
  return { ok: true, assessments: backup.assessments, migratedFrom: backup.migratedFrom, evidence: { files: manifest.files, data } };
}

const faultKeys = { full: 'problem.zip.storageFull', unavailable: 'problem.zip.storageUnavailable', failed: 'problem.zip.storageFailed' } as const;

/**
 * Keeps the files of a zip read whole, in one transaction: all of them, or none (the storage full part-way, blocked),
 * and then the refusal to show; the assessments are imported only after this succeeds. `onProgress` hears of each
 * file as it is written: the how-manyth of how many (a file this browser keeps already is not written again).
 */
export async function keepZipEvidence(
  read: ZipEvidence,
  onProgress: (file: number, total: number) => void = () => undefined,
): Promise<{ ok: true; added: number } | { ok: false; problem: ImportProblem }> {
  const byId = new Map(read.files.map((file) => [file.id, file]));
  const ids = [...byId.keys()];
  const position = new Map(ids.map((id, index) => [id, index + 1]));
  try {
    const added = await keepEvidenceAll(ids, (id) => {
      const file = byId.get(id);
      const bytes = file ? unpack(read.data, file.path) : null;
      if (!file || !bytes) throw new Error(`evidence zip: ${id} cannot be unpacked again`);
      onProgress(position.get(id) ?? 0, ids.length);
      return { bytes: ownBuffer(bytes), type: evidenceOpenType(file.name) };
    });
    return { ok: true, added };
  } catch (error) {
    const size = formatFileSize(read.files.reduce((sum, file) => sum + file.size, 0));
    return refusal('evidence-storage', '', faultKeys[faultOf(error)], { size });
  }
}
