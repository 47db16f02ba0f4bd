import type { LocalizedText } from '../shared/localized-text';
import type { Columns } from '../shared/table-columns';

/**
 * A table a user supplies, read row by row: the one home of what its header must hold, which rows count, and how a
 * row that is not taken is listed (the catalogue of development resources, the staff list).
 */

/** A row of the file that was not taken, where it is, and every reason in words. */
export interface RefusedRow {
  /** "Row 5" of a CSV file (the header is row 1), "Resource 3" of a JSON file. */
  place: LocalizedText;
  id: string | null;
  reasons: LocalizedText[];
}

/** "แถวที่ 5" / "Row 5": a row by its number as a spreadsheet shows it (the header is row 1). */
export function rowPlace(number: number): LocalizedText {
  return { th: `แถวที่ ${number}`, en: `Row ${number}` };
}

/** A row with something in it, and its number as a spreadsheet shows it. */
export interface FilledRow {
  cells: readonly string[];
  number: number;
}

/**
 * The header's columns and the rows with something in them (blank rows are passed over); or, in words, why the
 * table cannot be read at all: it is empty, or its header lacks a column it must have.
 */
export function tableBody<Column extends string>(
  rows: readonly (readonly string[])[],
  columnsOf: (header: readonly string[]) => Columns<Column>,
  missingColumns: (columns: Columns<Column>) => LocalizedText[],
): { ok: true; columns: Columns<Column>; filled: FilledRow[] } | { ok: false; reason: LocalizedText } {
  const [header, ...body] = rows;
  if (!header) return { ok: false, reason: { th: 'ไฟล์ว่าง', en: 'The file is empty' } };
  const columns = columnsOf(header);
  const missing = missingColumns(columns);
  if (missing.length > 0) {
    return {
      ok: false,
      reason: {
        th: `ไม่มีคอลัมน์ ${missing.map((name) => name.th).join(', ')} ในแถวแรก (หัวตาราง)`,
        en: `The first row (the header) has no column ${missing.map((name) => name.en).join(', ')}`,
      },
    };
  }
  const filled = body.map((cells, index) => ({ cells, number: index + 2 })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  return { ok: true, columns, filled };
}
