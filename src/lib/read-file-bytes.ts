/** A chosen file's bytes, or its size when it is larger than the input takes (then read no further than that). */
export type FileBytes = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; tooLarge: number };

/**
 * A chosen file's bytes without asking its size first: streamed, and the reading stopped once they pass `maxBytes`
 * (only then is the size asked, to say it). Asking a chosen file's size (or handing the file to a worker, which asks
 * it too) waits on the browser for each file, synchronously; reading it does not.
 */
export async function readFileBytes(file: Blob, maxBytes: number): Promise<FileBytes> {
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      void reader.cancel();
      return { ok: false, tooLarge: file.size };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}
