/** HR's word on a resource: fund it first, or never. */
export type ResourceChoice = 'pinned' | 'dropped';

/** The resources (by id) HR pinned and dropped. */
export function pinnedAndDropped(choices: ReadonlyMap<string, ResourceChoice>): { pinned: Set<string>; dropped: Set<string> } {
  const pinned = new Set<string>();
  const dropped = new Set<string>();
  for (const [id, choice] of choices) (choice === 'pinned' ? pinned : dropped).add(id);
  return { pinned, dropped };
}
