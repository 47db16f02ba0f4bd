import { groupHeatmap, groupStanding, itemGapAt } from '../../domain/organisation/organisation-aggregate';
import { partlyRated, readinessGroupOf, type ReadinessGroup } from '../../domain/scoring/gaps';
import { isBelowBy } from '../../domain/scoring/scoring';
import { pickText, type Language } from '../../domain/shared/localized-text';
import { codesByRole, codesLabel, type RoleCodes } from '../../domain/assessment/item-codes';
import type { Catalogue } from '../../domain/profile/catalogue';
import type { PeopleSortKey } from '../../domain/organisation/organisation-people-view';
import { groupLabel, groupTitle, type OrganisationTranslate } from './organisation-labels';
import type { RollupView } from './rollup-protocol';

type Person = RollupView['people'][number];

/**
 * A group's cell that its value alone would misread (groupStanding): some of its items not rated (the value counts
 * the others), or starred experience outstanding (never shown as meeting the target, whatever the value).
 */
export interface FlaggedCell {
  value: number | null;
  rated: number;
  total: number;
  starred: number;
}
/** A heatmap cell: a value, "not rated" (nothing rated there), a flagged value, or null (not in the person's role). */
export type HeatCell = number | 'not-rated' | null | FlaggedCell;

/** A cell in words: in the table (`drawn` false) in full; in the drawing, the value and "*n" for starred experience outstanding. */
export function heatCellText(cell: HeatCell, format: HeatmapGrid['format'], t: OrganisationTranslate, drawn: boolean): string {
  if (cell === null) return '–';
  if (cell === 'not-rated') return drawn ? '?' : t('org.notRated');
  if (typeof cell === 'number') return format(cell, drawn);
  const value = cell.value === null ? (drawn ? '?' : t('org.notRated')) : format(cell.value);
  if (drawn) return cell.starred > 0 ? `${value} *${cell.starred}` : value;
  const rated = cell.value !== null && partlyRated(cell) ? ` ${t('org.heatRated', { rated: cell.rated, total: cell.total })}` : '';
  return `${value}${rated}${cell.starred > 0 ? ` · ${t('org.heatStarred', { count: cell.starred })}` : ''}`;
}

/** A person's cell in a group: the readiness, "not rated", or flagged when the value alone would misread (groupStanding). */
function groupCell(person: Person, group: ReadinessGroup): HeatCell {
  const standing = groupStanding(person, group);
  if (!standing) return null;
  const { readiness, rated, total, starredOutstanding: starred } = standing;
  if (starred === 0 && (readiness === null || !partlyRated(standing))) return readiness ?? 'not-rated';
  return { value: readiness, rated, total, starred };
}

export interface HeatmapGrid {
  columns: { key: string; label: string; title: string; sortKey?: PeopleSortKey }[];
  cells: HeatCell[][];
  /** How a value is written (a percentage, a gap in levels, or experience missing in words), `drawn` in the drawing's cell. */
  format: (value: number, drawn?: boolean) => string;
  /** How far short a value is, 0 to 1: the shade of its cell. */
  shortfall: (value: number) => number;
}

interface GridInput {
  rollup: RollupView;
  people: readonly Person[];
  groups: readonly ReadinessGroup[];
  rowOf: (id: string) => number;
  codes: readonly RoleCodes[];
  catalogue: Catalogue;
  language: Language;
  t: OrganisationTranslate;
}

/**
 * People × groups: readiness, "not rated" where the person's role has the group and nothing in it is rated, flagged
 * where only some of it is rated or starred experience is outstanding (so the table, the gap screen and this agree).
 */
export function groupGrid({ people, groups, catalogue, language, t }: GridInput, format: (value: number) => string): HeatmapGrid {
  const matrix = groupHeatmap(people, groups);
  return {
    columns: matrix.columns.map((group) => ({
      key: group,
      label: groupLabel(group, t),
      title: groupTitle(group, catalogue, language, t),
      sortKey: `group:${group}` as const,
    })),
    cells: people.map((person) => matrix.columns.map((group) => groupCell(person, group))),
    format,
    shortfall: (value) => 1 - value,
  };
}

/**
 * People × the items of one group: the gap in levels, "not rated" apart from 0 (the target met). Experience has no
 * levels (docs/scoring.md): its cell is the share missing (1 or ½ of the target) written in words, as on the gap screen.
 */
export function itemGrid({ rollup, people, rowOf, codes, language, t }: GridInput, mode: ReadinessGroup, format: (value: number) => string): HeatmapGrid {
  const entries = rollup.ranking
    .filter((entry) => readinessGroupOf(entry.item) === mode)
    .map((entry) => ({ entry, column: rollup.itemKeys.indexOf(entry.item.key) }));
  // An item's code is its role's own (E8 in one role is E9 in another, issue 25): every role's code is shown.
  const present = codes.filter((role) => rollup.people.some((person) => person.profileId === role.profileId));
  const label = (key: string, code: string) => codesLabel(key, present) || code;
  entries.sort((a, b) => label(a.entry.item.key, a.entry.item.code).localeCompare(label(b.entry.item.key, b.entry.item.code), 'en', { numeric: true }));
  const width = rollup.itemKeys.length;
  const experience = mode === 'experience';
  const cell = (row: number, column: number): HeatCell => {
    const at = row * width + column;
    const gap = itemGapAt(rollup.itemGaps, width, row, column);
    if (gap !== null && rollup.itemUnrated[at] === 1) return 'not-rated';
    return experience && gap !== null && isBelowBy(gap) ? gap / (rollup.itemTargets[at] || gap) : gap;
  };
  const missing = (value: number, drawn?: boolean) => (value >= 1 ? t('org.expMissing') : value > 0 ? t(drawn ? 'org.expPartlyShort' : 'org.expPartly') : '0');
  return {
    columns: entries.map(({ entry }) => ({
      key: entry.item.key,
      label: label(entry.item.key, entry.item.code),
      title: `${pickText(entry.item.title, language)} (${codesByRole(entry.item.key, present)})`,
    })),
    cells: people.map((person) => entries.map(({ column }) => cell(rowOf(person.id), column))),
    format: experience ? missing : format,
    shortfall: experience ? (value) => value : (value) => value / 4,
  };
}
