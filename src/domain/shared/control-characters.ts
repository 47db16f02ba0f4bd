/** Line breaks of every kind: CRLF, LF, VT, FF, CR, NEL (U+0085), line and paragraph separators (U+2028, U+2029). */
const lineBreaks = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
/** The other control characters: C0 but tab, DEL and C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for.
const otherControls = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/**
 * `text` with every line break written as `lineBreak` and every other control character (C0 but tab, DEL, C1)
 * removed: for outputs that forbid them, such as iCalendar text (RFC 5545) and CSS strings.
 */
export function withoutControlCharacters(text: string, lineBreak: string): string {
  return text.replace(lineBreaks, lineBreak).replace(otherControls, '');
}
