import type { Assessment } from '../assessment/assessment';
import { partsOf } from '../assessment/assessment-parts';
import { canonicalText } from '../shared/canonical-text';

/**
 * What replacing the saved copies of assessments with a file's would drop: for each assessment both hold, the saved
 * parts (a rating, a note, an action...) that the file does not hold as they are, and whether the saved copy was
 * changed after the file's. Empty when replacing loses nothing (what the file adds is no loss).
 */
export function replaceLosses(saved: Record<string, Assessment>, incoming: readonly Assessment[]): { id: string; parts: number; savedIsNewer: boolean }[] {
  const isEmpty = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);
  return incoming.flatMap((file) => {
    const here = Object.hasOwn(saved, file.id) ? saved[file.id] : undefined;
    if (!here) return [];
    const ours = partsOf(here);
    const theirs = partsOf(file);
    const parts = Object.keys(ours).filter(
      (key) => !isEmpty(ours[key]) && (theirs[key] === undefined || canonicalText(ours[key]) !== canonicalText(theirs[key])),
    ).length;
    return parts === 0 ? [] : [{ id: file.id, parts, savedIsNewer: here.updatedAt > file.updatedAt }];
  });
}
