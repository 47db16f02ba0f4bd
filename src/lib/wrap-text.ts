/** `text` cut to at most `length` characters, ending in "…" when cut (an SVG label of a fixed width, on one line). */
export function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

// One segmenter a locale: making one loads ICU's word rules, which costs more than the segmenting itself.
const segmenters = new Map<string, Intl.Segmenter>();
/** Makes the word segmenters of `locales` now, e.g. when a screen's code arrives on intent rather than on the click. */
export function prepareWordBreaks(locales: readonly string[]): void {
  for (const locale of locales) wordSegmenter(locale);
}

function wordSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Breaks `text` into at most `maxLines` lines of about `width` characters, between words (Thai has no spaces:
 * Intl.Segmenter finds its words), for SVG labels, which cannot wrap by themselves. The last line ends in "…"
 * when the text does not fit.
 */
export function wrapText(text: string, width: number, maxLines: number, locale: string): string[] {
  const words = Array.from(wordSegmenter(locale).segment(text), (part) => part.segment);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + word).trimEnd().length > width) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  // The last line says that text was left out, even when it is short itself.
  kept[maxLines - 1] = shorten(`${last}…`, width);
  return kept;
}
