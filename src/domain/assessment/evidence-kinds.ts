import { maxEvidenceBytes } from './assessment';

/** The kinds of evidence file taken: PDF, images, Office documents (and their OpenDocument twins), by extension. */
export const evidenceExtensions = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'heic',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'odp',
] as const;

/** What the file chooser offers (`accept`): the extensions above. */
export const evidenceAccept = evidenceExtensions.map((extension) => `.${extension}`).join(',');

export type EvidenceRefusal = { code: 'evidence-kind'; extension: string } | { code: 'evidence-too-large'; size: number } | { code: 'evidence-empty' };

/**
 * Why a file cannot be evidence, or null when it can: its kind by its name's extension (a browser's MIME type is
 * often empty for Office files), then its size, before a byte of it is read.
 */
export function evidenceRefusal(file: { name: string; size: number }): EvidenceRefusal | null {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!(evidenceExtensions as readonly string[]).includes(extension)) return { code: 'evidence-kind', extension };
  if (file.size > maxEvidenceBytes) return { code: 'evidence-too-large', size: file.size };
  if (file.size === 0) return { code: 'evidence-empty' };
  return null;
}

/** The evidence attached to one item, experience or action (`attachedTo`), oldest first. */
export function evidenceFor<T extends { attachedTo: string; addedAt: string }>(files: readonly T[] | undefined, attachedTo: string): T[] {
  return (files ?? []).filter((file) => file.attachedTo === attachedTo).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

const viewable: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/**
 * The type a file is opened as, from its name's extension only, never from a type a file or a backup claims: a backup
 * saying `text/html` of "x.pdf" must not run as a page of the app's origin. What a browser cannot show is downloaded.
 */
export function evidenceOpenType(name: string): string {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return viewable[extension] ?? 'application/octet-stream';
}
