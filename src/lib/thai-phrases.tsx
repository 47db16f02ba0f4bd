import type { ReactNode } from 'react';

/**
 * `text` with the Thai phrases the browser's dictionary breaks where a reader would not ("ลงวันที่", "dated", ends a
 * line as "ลงวัน" and starts the next with "ที่") each in a span that never breaks. No invisible character is added:
 * a word joiner kept lines whole on screen but broke the words of a printed PDF for search and copy (pdftotext).
 */
export function keepThaiPhrasesWhole(text: string): ReactNode {
  const parts = text.split(/(ลงวันที่)/);
  return parts.length < 2
    ? text
    : parts.map((part, index) =>
        index % 2 ? (
          <span key={index} className="keep-whole">
            {part}
          </span>
        ) : (
          part
        ),
      );
}
