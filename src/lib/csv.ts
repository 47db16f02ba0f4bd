import Papa from 'papaparse';

/**
 * A cell whose first character is one of these is read by Excel, LibreOffice and Google Sheets as a formula (OWASP's
 * CSV injection list): = + - @, a tab or a carriage return, whatever follows, a line break included.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * The one guard against formulae in the CSV files the app writes: a text cell that starts like a formula gets a
 * leading ', which spreadsheets show as text. papaparse's own `escapeFormulae` tests `/^[=+\-@\t\r].*$/`, which
 * misses a cell whose formula is followed by a line break (`.` stops at it). Numbers are the app's own figures
 * (a negative count of days left is a number, not a formula) and are left as they are.
 */
export function formulaSafeCell(cell: string | number): string | number {
  return typeof cell === 'string' && formulaStart.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV text for Excel: every cell through `formulaSafeCell`, quoted by papaparse, CRLF rows, and a UTF-8 byte order
 * mark so Excel reads Thai. Names, notes, evidence and file names can come from other people's backups.
 */
export function toExcelCsv(rows: readonly (readonly (string | number)[])[]): string {
  const safe = rows.map((row) => row.map(formulaSafeCell));
  return `\uFEFF${Papa.unparse(safe, { newline: '\r\n', quotes: true, escapeFormulae: false })}`;
}
