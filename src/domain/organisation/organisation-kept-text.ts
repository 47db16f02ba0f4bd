/** The kept roll-up's format and version: a kept roll-up of another format or version is left as it is, never read. */
export const keptRollupFormat = 'cio-skills-compass-rollup';
export const keptRollupVersion = 2;

/**
 * The stored text of a kept roll-up around `heldText` (a `HeldRollup` as JSON, see organisation-kept.ts), written
 * without parsing it again: the page keeps the text the combiner gave it, whatever its size. Its own module, so that
 * the page does not load the schemas, which the combiner checks.
 */
export function keptRollupText(heldText: string, keptAt: string): string {
  return `{"format":${JSON.stringify(keptRollupFormat)},"version":${keptRollupVersion},"keptAt":${JSON.stringify(keptAt)},"rollup":${heldText}}`;
}
