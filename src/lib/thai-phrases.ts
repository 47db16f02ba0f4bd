/**
 * `text` with word joiners (U+2060) inside the Thai phrases the browser's dictionary breaks where a reader would not:
 * "ลงวันที่" ("dated") ends a line as "ลงวัน" and starts the next with "ที่". A word joiner is invisible, is skipped by
 * screen readers and by find-in-page, and forbids a line break at its place.
 */
export function keepThaiPhrasesWhole(text: string): string {
  return text.replace(/ลง\u2060?วัน\u2060?ที่/g, 'ลง\u2060วัน\u2060ที่');
}
