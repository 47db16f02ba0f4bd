import Papa from 'papaparse';
import { encodingOf } from '../../domain/files/file-text';
import { tooLargeMessage } from '../../domain/files/file-size';
import type { ItemDirectory } from '../../domain/assessment/item-directory';
import { maxCatalogueBytes } from '../../domain/scoring/resource-catalogue';
import { readCatalogueJson, readCatalogueRows, type CatalogueReading } from '../../domain/files/resource-catalogue-read';

/**
 * A table's text: UTF-8 or UTF-16 as the bytes say (domain/files/file-text.ts); bytes that are not UTF-8 are read as
 * Windows-874, the Thai code page Excel writes when a sheet is saved as plain "CSV".
 */
export function decodeTableText(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes);
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

/** A JSON file starts with `{` (after a byte order mark or spaces); anything else is read as a table. */
function looksLikeJson(name: string, text: string): boolean {
  return /\.json$/i.test(name) || (!/\.csv$/i.test(name) && /^\uFEFF?\s*\{/.test(text));
}

/** Reads a catalogue file the user chose, JSON or CSV: its size first, then its text, then its resources. */
export async function readCatalogueFile(file: File, directory: ItemDirectory): Promise<CatalogueReading> {
  if (file.size > maxCatalogueBytes) return { ok: false, reason: tooLargeMessage(file.size, maxCatalogueBytes) };
  const text = decodeTableText(new Uint8Array(await file.arrayBuffer()));
  if (looksLikeJson(file.name, text)) return readCatalogueJson(text.replace(/^\uFEFF/, ''), directory);
  const table = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  return readCatalogueRows(table.data, directory);
}
