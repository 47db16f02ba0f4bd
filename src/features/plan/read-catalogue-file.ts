import Papa from 'papaparse';
import { tooLargeMessage } from '../../domain/files/file-size';
import type { ItemDirectory } from '../../domain/assessment/item-directory';
import { maxCatalogueBytes } from '../../domain/scoring/resource-catalogue';
import { readCatalogueJson, readCatalogueRows, type CatalogueReading } from '../../domain/files/resource-catalogue-read';
import { decodeTableText, looksLikeJson } from '../../lib/table-text';

/** Reads a catalogue file the user chose, JSON or CSV: its size first, then its text, then its resources. */
export async function readCatalogueFile(file: File, directory: ItemDirectory): Promise<CatalogueReading> {
  if (file.size > maxCatalogueBytes) return { ok: false, reason: tooLargeMessage(file.size, maxCatalogueBytes) };
  const text = decodeTableText(new Uint8Array(await file.arrayBuffer()));
  if (looksLikeJson(file.name, text)) return readCatalogueJson(text, directory);
  const table = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return readCatalogueRows(table.data, directory);
}
