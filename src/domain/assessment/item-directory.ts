import type { AssessmentItem } from './assessment-items';

/** A role profile's items as a file may name them: the profile's id, what people call it (DCIO), and its items. */
export interface ProfileItems {
  id: string;
  abbreviation: string;
  items: readonly AssessmentItem[];
}

/**
 * Every way a file may name an item, to its stable key: the key itself (`knowledge:agile`), a unit or criterion code
 * (DG100, SPM304.1: the same in every role), or a role's own code (DCIO K9, mcio:E3, CIO Assistant B2), whose numbers
 * differ from role to role.
 */
export interface ItemDirectory {
  resolve(reference: string): string | null;
}

/** A reference as compared: upper case, with spaces, colons and slashes between its parts made one space. */
function normalised(reference: string): string {
  return reference
    .trim()
    .toUpperCase()
    .replace(/[\s:/]+/g, ' ');
}

/** The directory of every item of `profiles`. */
export function itemDirectory(profiles: readonly ProfileItems[]): ItemDirectory {
  const byName = new Map<string, string>();
  for (const profile of profiles) {
    for (const item of profile.items) {
      byName.set(normalised(item.key), item.key);
      if (item.kind === 'unit' || item.kind === 'criterion') byName.set(normalised(item.code), item.key);
      for (const role of [profile.abbreviation, profile.id]) byName.set(normalised(`${role} ${item.code}`), item.key);
    }
  }
  return { resolve: (reference) => byName.get(normalised(reference)) ?? null };
}
