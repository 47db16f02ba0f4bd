import type { AssessmentItem } from '../assessment/assessment-items';
import type { PersonRow } from './organisation-people';

/** The people × items matrices of a roll-up, row-major, and the people and items (columns) they were made for. */
export interface ItemMatrices<Person extends PersonRow = PersonRow> {
  people: readonly Person[];
  itemKeys: readonly string[];
  /** As `itemGapMatrix`: the gap in levels, 0 where met or not rated, NaN where the person's profile lacks the item. */
  gaps: Float32Array;
  /** As `itemTargetMatrix`: the target a shortfall is counted up to, NaN elsewhere. */
  targets: Float32Array;
  /** As `itemUnratedMatrix`: 1 where the item is not rated. */
  unrated: Uint8Array;
}

/**
 * The three item matrices of `people` over `itemKeys` (the same as `itemGapMatrix`, `itemTargetMatrix` and
 * `itemUnratedMatrix`). A person already in `before` (the same object: a person is never changed, only made again)
 * has their rows copied from it, each column from where its item was; only the others are worked out. After 100
 * files are added to 10,000, that is 100 people's rows instead of 10,000.
 */
export function itemMatrices<Person extends PersonRow>(
  people: readonly Person[],
  itemKeys: readonly string[],
  itemsByProfile: Readonly<Record<string, readonly AssessmentItem[]>>,
  before: ItemMatrices<Person> | null = null,
): ItemMatrices<Person> {
  const width = itemKeys.length;
  const column = new Map(itemKeys.map((key, index) => [key, index]));
  const gaps = new Float32Array(people.length * width);
  const targets = new Float32Array(people.length * width).fill(Number.NaN);
  const unrated = new Uint8Array(people.length * width);
  // Where each column was before; an item new to the columns means working every row out (a role's first person).
  const from = before ? itemKeys.map((key) => before.itemKeys.indexOf(key)) : [];
  const rowBefore = before && from.every((at) => at >= 0) ? new Map(before.people.map((person, row) => [person, row])) : new Map<Person, number>();
  const same = before !== null && before.itemKeys.length === width && from.every((at, index) => at === index);
  const columnsByProfile = new Map(Object.entries(itemsByProfile).map(([profileId, list]) => [profileId, list.flatMap((item) => column.get(item.key) ?? [])]));
  people.forEach((person, row) => {
    const offset = row * width;
    const old = rowBefore.get(person);
    if (old !== undefined && before) {
      const oldOffset = old * before.itemKeys.length;
      if (same) {
        gaps.set(before.gaps.subarray(oldOffset, oldOffset + width), offset);
        targets.set(before.targets.subarray(oldOffset, oldOffset + width), offset);
        unrated.set(before.unrated.subarray(oldOffset, oldOffset + width), offset);
      } else {
        from.forEach((at, index) => {
          gaps[offset + index] = before.gaps[oldOffset + at] ?? Number.NaN;
          targets[offset + index] = before.targets[oldOffset + at] ?? Number.NaN;
          unrated[offset + index] = before.unrated[oldOffset + at] ?? 0;
        });
      }
      return;
    }
    gaps.fill(Number.NaN, offset, offset + width);
    for (const index of columnsByProfile.get(person.profileId) ?? []) gaps[offset + index] = 0;
    for (const shortfall of person.shortfalls) {
      const index = column.get(shortfall.key);
      if (index === undefined) continue;
      gaps[offset + index] = shortfall.gap;
      targets[offset + index] = shortfall.target;
    }
    for (const key of person.unrated) {
      const index = column.get(key);
      if (index !== undefined) unrated[offset + index] = 1;
    }
  });
  return { people, itemKeys, gaps, targets, unrated };
}
