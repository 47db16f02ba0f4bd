import { unzipSync } from 'fflate';
import type { ImportProblem } from '../domain/files/backup';
import { checkZipListing, maxZipBytes, zipBackupPath, type ZipEntry } from '../domain/files/evidence-zip';
import { decodeFileText } from '../domain/files/file-text';
import { tooLargeMessage } from '../domain/files/file-size';
import { says } from '../domain/shared/problem-message';

/**
 * A zip's entries through fflate, one at a time: what the page (lib/evidence-zip.ts) and the organisation view's
 * workers read a backup with evidence files with. Nothing here keeps a file.
 */

/** Every entry of the zip as its central directory lists it, nothing unpacked; null when it is not a zip. */
export function listZip(data: Uint8Array): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(data, {
      filter: (entry) => {
        entries.push({ name: entry.name, originalSize: entry.originalSize });
        return false;
      },
    });
    return entries;
  } catch {
    return null;
  }
}

/** One entry unpacked (at most the size its listing gave, which the limits checked); null when it cannot be. */
export function unpack(data: Uint8Array, path: string): Uint8Array | null {
  try {
    return unzipSync(data, { filter: (entry) => entry.name === path })[path] ?? null;
  } catch {
    return null;
  }
}

/**
 * The JSON backup inside a backup with evidence files, for a reader that needs only the assessments (the organisation
 * view): the zip's size and listing checked as import checks them (paths out of the folder, the limits), then
 * backup.json alone unpacked; no evidence file is unpacked or kept.
 */
export async function zipBackupText(file: Blob): Promise<{ ok: true; text: string } | { ok: false; problem: ImportProblem }> {
  if (file.size > maxZipBytes) return { ok: false, problem: { code: 'too-large', path: '', message: tooLargeMessage(file.size, maxZipBytes) } };
  const data = new Uint8Array(await file.arrayBuffer());
  const entries = listZip(data);
  const listing = entries ? checkZipListing(entries) : null;
  if (listing && !listing.ok) return listing;
  const backup = listing ? unpack(data, zipBackupPath) : null;
  if (!backup) return { ok: false, problem: { code: 'zip-damaged', path: '', message: says('problem.zip.damaged') } };
  return { ok: true, text: decodeFileText(backup) };
}
