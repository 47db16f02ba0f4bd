/**
 * A hostile spreadsheet cell of every kind: each first character that spreadsheets run as a formula (= + - @, tab,
 * carriage return), alone and followed by a line break, as names, notes, agencies and file names may be.
 */
export const hostileCells = [
  '=HYPERLINK("http://x","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '=1+1\t…\n@evil',
  '=HYPERLINK("http://x","y")\nx',
  '@x\r.json',
  '+1\r\n=2',
  '-\n',
] as const;
