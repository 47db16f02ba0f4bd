import Papa from 'papaparse';

/** CSV text for Excel: quoted by papaparse, CRLF rows, and a UTF-8 byte order mark so Excel reads Thai. */
export function toExcelCsv(rows: string[][]): string {
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', quotes: true })}`;
}
