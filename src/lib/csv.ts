import Papa from 'papaparse';

/**
 * CSV text for Excel: quoted by papaparse, CRLF rows, and a UTF-8 byte order mark so Excel reads Thai. A cell that
 * starts with = + - @ (or a tab or carriage return) is prefixed with ' so that Excel shows it as text and never runs
 * it as a formula: names, notes and evidence can come from other people's backups.
 */
export function toExcelCsv(rows: (string | number)[][]): string {
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', quotes: true, escapeFormulae: true })}`;
}
