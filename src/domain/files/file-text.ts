/**
 * The text of a file's bytes. UTF-8 unless the bytes say otherwise: a UTF-16 byte order mark, or, without one, the
 * zero byte beside every ASCII character that UTF-16 writes (a backup saved as "Unicode" by Notepad or Excel). UTF-8
 * text never holds a zero byte; a binary file holds them at even and odd places alike, so stays UTF-8 (and is then
 * told apart as binary by its reader). Byte order marks are dropped.
 */
export function decodeFileText(bytes: Uint8Array): string {
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}

/** How far into the file the zero bytes are counted. */
const sampleLength = 1024;

/** The encoding the bytes are written in: by their byte order mark, else by where their zero bytes fall. */
export function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const pairs = Math.floor(Math.min(bytes.length, sampleLength) / 2);
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (bytes[2 * pair] === 0) zeroFirst++;
    if (bytes[2 * pair + 1] === 0) zeroSecond++;
  }
  // Text with some ASCII in it (JSON is mostly ASCII) has a zero byte in one place of many pairs, never in the other.
  if (pairs > 0 && zeroSecond * 4 >= pairs && zeroFirst === 0) return 'utf-16le';
  if (pairs > 0 && zeroFirst * 4 >= pairs && zeroSecond === 0) return 'utf-16be';
  return 'utf-8';
}
