import { nameWithoutTitle } from './organisation-names';

let graphemes: Intl.Segmenter | null = null;
/** A name's letters as a reader sees them: a Thai vowel or tone mark stays with its consonant when the name is cut. */
function lettersOf(text: string): string[] {
  graphemes ??= new Intl.Segmenter('th', { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

/** `name` in at most `length` letters: its start and its end around "…" (the first name and the surname's end both say who). */
function cut(name: string, length: number): string {
  const letters = lettersOf(name);
  if (letters.length <= length) return name;
  const end = Math.floor((length - 1) * 0.4);
  const start = length - 1 - end;
  return `${letters.slice(0, start).join('').trimEnd()}…${letters
    .slice(letters.length - end)
    .join('')
    .trimStart()}`;
}

/**
 * Labels of about `length` letters for `names`, one each (a chart's name column): the name without its titles (the
 * titles are long and say nothing about who), cut in the middle when longer; where two different names would give
 * the same label, both are given more letters until they differ. Two people of the same name keep the same label.
 */
export function shortNames(names: readonly string[], length: number): string[] {
  const bare = names.map(nameWithoutTitle);
  const longest = Math.max(0, ...bare.map((name) => lettersOf(name).length));
  const labels = bare.map((name) => cut(name, length));
  for (let extra = 1; length + extra <= longest + 1; extra++) {
    const namesOf = new Map<string, Set<string>>();
    labels.forEach((label, index) => {
      const known = namesOf.get(label) ?? new Set<string>();
      namesOf.set(label, known.add(bare[index] ?? ''));
    });
    const clashing = labels.map((label) => (namesOf.get(label)?.size ?? 0) > 1);
    if (!clashing.includes(true)) break;
    clashing.forEach((clash, index) => {
      if (clash) labels[index] = cut(bare[index] ?? '', length + extra);
    });
  }
  return labels;
}
