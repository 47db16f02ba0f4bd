import { decodeFileText } from '../domain/files/file-text';

/** A chosen file's text, or its size when it is larger than the input takes (it is then not read at all). */
export type FileText = { ok: true; text: string } | { ok: false; tooLarge: number };

/**
 * The one way the app reads a file the user chose: its size checked before a byte is read (a 700 MB file is refused
 * at once, not read and then called "not JSON"), then its bytes decoded as UTF-8 or UTF-16 (decodeFileText).
 */
export async function readFileText(file: Blob, maxBytes: number): Promise<FileText> {
  if (file.size > maxBytes) return { ok: false, tooLarge: file.size };
  return { ok: true, text: decodeFileText(new Uint8Array(await file.arrayBuffer())) };
}
