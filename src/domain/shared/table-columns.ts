import type { LocalizedText } from './localized-text';

/**
 * The columns of a table a user supplies (a CSV file saved from Excel), found by their header in Thai or English: the
 * one home of how a header cell names a column, for the catalogue of development resources and the staff list alike.
 */

/** A column's names: the Thai and English a template writes, and the other names a header may give it. */
export interface ColumnNames {
  th: string;
  en: string;
  also: readonly string[];
}

/** A header cell as compared: lower case, without spaces, underscores, dashes, dots or brackets. */
export function headerKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.()]+/g, '');
}

/** Where each column is in a header row, and the header cells that name no column (ignored). */
export interface Columns<Column extends string> {
  at: Partial<Record<Column, number>>;
  ignored: string[];
}

/** Reads a header row against a table of column names. */
export function tableColumns<Column extends string>(
  names: Record<Column, ColumnNames>,
): {
  columnsOf: (header: readonly string[]) => Columns<Column>;
  missingColumns: (columns: Columns<Column>, optional: readonly Column[]) => LocalizedText[];
} {
  const entries = Object.entries(names) as [Column, ColumnNames][];
  const byHeader = new Map<string, Column>(
    entries.flatMap(([column, { th, en, also }]) => [th, en, ...also].map((name) => [headerKey(name), column] as const)),
  );
  return {
    columnsOf(header) {
      const at: Partial<Record<Column, number>> = {};
      const ignored: string[] = [];
      header.forEach((cell, index) => {
        const column = byHeader.get(headerKey(cell.replace(/^\uFEFF/, '')));
        if (column && at[column] === undefined) at[column] = index;
        else if (cell.trim() !== '') ignored.push(cell.trim());
      });
      return { at, ignored };
    },
    missingColumns(columns, optional) {
      return entries.filter(([column]) => columns.at[column] === undefined && !optional.includes(column)).map(([, { th, en }]) => ({ th, en }));
    },
  };
}

/** The trimmed cell of `column` in a row, "" when the table has no such column or the row stops short. */
export function cellOf<Column extends string>(columns: Columns<Column>, cells: readonly string[], column: Column): string {
  const index = columns.at[column];
  return index === undefined ? '' : (cells[index] ?? '').trim();
}
