import { encodingOf } from '../domain/files/file-text';

/**
 * A table's text: UTF-8 or UTF-16 as the bytes say (domain/files/file-text.ts); bytes that are not UTF-8 are read as
 * Windows-874, the Thai code page Excel writes when a sheet is saved as plain "CSV". Any byte order mark is dropped.
 */
export function decodeTableText(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes);
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

/** A JSON file starts with `{` (after spaces); anything else is read as a table. */
export function looksLikeJson(name: string, text: string): boolean {
  return /\.json$/i.test(name) || (!/\.csv$/i.test(name) && /^\s*\{/.test(text));
}
