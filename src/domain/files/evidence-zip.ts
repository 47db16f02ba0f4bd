import { z } from 'zod/mini';
import { maxEvidenceBytes, type Assessment, type EvidenceFile } from '../assessment/assessment';
import { count } from './content-problem';
import { formatFileSize } from './file-size';
import { maxBackupBytes, type ImportProblem } from './backup';
import { says, type ProblemMessageKey } from '../shared/problem-message';

/**
 * A backup with evidence files (issue 27): one zip holding the JSON backup as export writes it (`backup.json`), each
 * evidence file the assessments name under `evidence/<file id>/<its name>`, and a manifest listing each file with its
 * SHA-256, so import checks every byte before anything is kept.
 */
export const zipBackupPath = 'backup.json';
export const zipManifestPath = 'manifest.json';
export const evidenceZipFormat = 'cio-skills-compass-evidence-zip';

/**
 * Limits on a zip, checked before anything in it is unpacked: the whole zip and what it unpacks to at most 500 MB
 * each (the page holds the zip in memory while it reads it, plus one file at a time; 50 files at the 10 MB limit, or
 * hundreds of scanned certificates); each evidence file at most what attach takes (10 MB: a larger file never came
 * from this app), the backup at most what import takes (5 MB), the manifest 1 MB, and 5,000 entries.
 */
export const maxZipBytes = 500 * 1024 * 1024;
export const maxZipEntries = 5000;
const maxManifestBytes = 1024 * 1024;

const fileIdSchema = z.string().check(z.regex(/^[a-z0-9-]{6,64}$/));
const sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/));

export const evidenceManifestSchema = z.strictObject({
  format: z.literal(evidenceZipFormat),
  version: z.literal(1),
  files: z
    .array(
      z.strictObject({
        id: fileIdSchema,
        path: z.string().check(z.maxLength(400)),
        name: z.string().check(z.maxLength(400)),
        size: z.int().check(z.gte(1), z.lte(maxEvidenceBytes)),
        sha256: sha256Schema,
      }),
    )
    .check(z.maxLength(maxZipEntries)),
});
export type EvidenceManifest = z.infer<typeof evidenceManifestSchema>;
export type ManifestFile = EvidenceManifest['files'][number];

/** Where a file goes in the zip: its own folder by id (names may repeat), under a name every system can write. */
export function evidenceZipPath(file: Pick<EvidenceFile, 'id' | 'name'>): string {
  const name = file.name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return `evidence/${file.id}/${name.slice(0, 120) || 'file'}`;
}

/** The manifest of the files going into a zip, each with the SHA-256 of the bytes written. */
export function evidenceManifest(files: readonly (Pick<EvidenceFile, 'id' | 'name' | 'size'> & { sha256: string })[]): EvidenceManifest {
  return {
    format: evidenceZipFormat,
    version: 1,
    files: files.map((file) => ({ id: file.id, path: evidenceZipPath(file), name: file.name, size: file.size, sha256: file.sha256 })),
  };
}

/**
 * Whether a path in a zip could land outside the folder it is unpacked in, or is not a plain name: a backslash (a
 * Windows separator that some tools honour), an absolute path or drive letter, a `..` or `.` part, an empty part,
 * control characters.
 */
export function unsafeZipPath(path: string): boolean {
  if (path.length === 0 || path.length > 400 || path.includes('\\') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return true;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(path)) return true;
  const parts = path.replace(/\/$/, '').split('/');
  return parts.some((part) => part === '' || part === '.' || part === '..');
}

/** An entry of a zip as its central directory lists it, before it is unpacked. */
export interface ZipEntry {
  name: string;
  /** What it unpacks to, as the zip says (checked again against the bytes unpacked). */
  originalSize: number;
}

function refuse(code: ImportProblem['code'], path: string, key: ProblemMessageKey, params?: Record<string, string | number>) {
  return { ok: false as const, problem: { code, path, message: says(key, params) } };
}

/** The most one entry may unpack to: the backup, the manifest, or an evidence file. */
function entryLimit(name: string): number {
  if (name === zipBackupPath) return maxBackupBytes;
  if (name === zipManifestPath) return maxManifestBytes;
  return maxEvidenceBytes;
}

/**
 * The zip's listing checked before anything is unpacked: every path stays in its folder, no entry or the whole
 * unpacks to more than the limits, the backup and the manifest are there. Never throws.
 */
export function checkZipListing(entries: readonly ZipEntry[]): { ok: true } | { ok: false; problem: ImportProblem } {
  if (entries.length > maxZipEntries) return refuse('too-many', '', 'problem.zip.tooManyEntries', { count: count(entries.length), most: count(maxZipEntries) });
  let total = 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (unsafeZipPath(entry.name)) return refuse('zip-unsafe-path', entry.name, 'problem.zip.unsafePath', { path: entry.name.slice(0, 120) });
    // Two entries of one name: a tool may show one and unpack the other.
    if (seen.has(entry.name)) return refuse('zip-unsafe-path', entry.name, 'problem.zip.twice', { path: entry.name });
    seen.add(entry.name);
    const limit = entryLimit(entry.name);
    if (entry.originalSize > limit)
      return refuse('too-large', entry.name, 'problem.zip.entryTooLarge', {
        path: entry.name,
        size: formatFileSize(entry.originalSize),
        most: formatFileSize(limit),
      });
    total += entry.originalSize;
  }
  if (total > maxZipBytes) return refuse('too-large', '', 'problem.zip.tooLargeUnpacked', { size: formatFileSize(total), most: formatFileSize(maxZipBytes) });
  if (!seen.has(zipBackupPath) || !seen.has(zipManifestPath)) return refuse('not-ours', '', 'problem.zip.notOurs');
  return { ok: true };
}

/**
 * The manifest read against the zip's listing and the backup's assessments: every file it lists is in the zip, every
 * file in the zip is listed, and each listed file is one the assessments name with the same size and SHA-256. A file
 * the assessments name that the zip lacks is allowed (it was not in the exporting browser); it stays named, and missing.
 */
export function checkManifest(
  raw: unknown,
  entries: readonly ZipEntry[],
  assessments: readonly Assessment[],
): { ok: true; files: ManifestFile[] } | { ok: false; problem: ImportProblem } {
  const parsed = evidenceManifestSchema.safeParse(raw);
  if (!parsed.success) return refuse('invalid', zipManifestPath, 'problem.zip.badManifest');
  const files = parsed.data.files;
  const listed = new Set(files.map((file) => file.path));
  const zipped = new Set(entries.map((entry) => entry.name));
  for (const entry of entries) {
    if (entry.name.endsWith('/') || entry.name === zipBackupPath || entry.name === zipManifestPath) continue;
    if (!listed.has(entry.name)) return refuse('zip-unlisted', entry.name, 'problem.zip.unlisted', { path: entry.name });
  }
  const named = new Map(assessments.flatMap((assessment) => (assessment.evidence ?? []).map((file) => [file.id, file] as const)));
  const seen = new Set<string>();
  for (const file of files) {
    if (!zipped.has(file.path)) return refuse('zip-missing-file', file.path, 'problem.zip.missingFile', { name: file.name });
    if (seen.has(file.id) || seen.has(file.path)) return refuse('duplicate-id', file.path, 'problem.zip.sameFile', { name: file.name });
    seen.add(file.id).add(file.path);
    const known = named.get(file.id);
    if (!known) return refuse('zip-unlisted', file.path, 'problem.zip.notNamed', { name: file.name });
    if (known.sha256 !== file.sha256 || known.size !== file.size)
      return refuse('zip-hash-mismatch', file.path, 'problem.zip.hashMismatch', { name: known.name });
  }
  return { ok: true, files };
}
