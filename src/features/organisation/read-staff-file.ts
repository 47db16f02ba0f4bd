import Papa from 'papaparse';
import { tooLargeMessage } from '../../domain/files/file-size';
import { maxStaffListBytes, readStaffListJson, readStaffListRows, type StaffListReading } from '../../domain/files/staff-list';
import { decodeTableText, looksLikeJson } from '../../lib/table-text';

/** Reads a staff list the user chose, JSON or CSV: its size first, then its text, then its rows. Loaded on the first choice. */
export async function readStaffFile(file: File): Promise<StaffListReading> {
  if (file.size > maxStaffListBytes) return { ok: false, reason: tooLargeMessage(file.size, maxStaffListBytes) };
  const text = decodeTableText(new Uint8Array(await file.arrayBuffer()));
  if (looksLikeJson(file.name, text)) return readStaffListJson(text);
  return readStaffListRows(Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data);
}
