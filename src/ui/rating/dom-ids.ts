/** A DOM id for an item key such as `criterion:SPM304.1` (ids must not contain ':' or '.' for CSS selectors). */
export function itemDomId(key: string): string {
  return `item-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
}

/** The id of the hidden description of a level of a scale, shared by every item on that scale. */
export function levelDescriptionId(scale: string, level: string | number): string {
  return `scale-${scale}-${level}`;
}
