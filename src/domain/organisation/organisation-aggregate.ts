import type { AssessmentItem } from '../assessment/assessment-items';
import { dueSoonDays, type DeadlineStatus } from '../calendar/deadlines';
import { partlyRated, readinessGroups, type ReadinessGroup } from '../scoring/gaps';
import type { PersonRow, PersonSummary } from './organisation-people';
import { isBelowBy } from '../scoring/scoring';

/** One item across the organisation: how many people it applies to, how many are below their target, and by how much. */
export interface ItemShortfall {
  item: AssessmentItem;
  /** People whose role profile has the item. */
  required: number;
  /** People rated below their target on it. */
  below: number;
  /** Sum of those people's gaps, in levels. */
  totalGap: number;
  /** Mean gap of the people below target (0 when none is). */
  meanGap: number;
}

/**
 * Every item of the people's profiles with the number of people below target and their gaps, most people short
 * first, then the largest total gap, then the order the items were first met. Items nobody is short on come last.
 */
export function rankItemShortfalls(people: readonly PersonRow[], itemsByProfile: Readonly<Record<string, readonly AssessmentItem[]>>): ItemShortfall[] {
  const profileCounts = new Map<string, number>();
  for (const person of people) profileCounts.set(person.profileId, (profileCounts.get(person.profileId) ?? 0) + 1);
  const below = new Map<string, { count: number; gap: number }>();
  for (const person of people) {
    for (const { key, gap } of person.shortfalls) {
      const found = below.get(key);
      if (found) [found.count, found.gap] = [found.count + 1, found.gap + gap];
      else below.set(key, { count: 1, gap });
    }
  }
  return rankByCounts([...profileCounts], below, itemsByProfile);
}

/**
 * The ranking from its counts: each role with its number of people, in the order the people first name them, and by
 * item the people below target and the sum of their gaps (items of no role counted are left out).
 */
export function rankByCounts(
  roles: readonly (readonly [string, number])[],
  below: ReadonlyMap<string, { count: number; gap: number }>,
  itemsByProfile: Readonly<Record<string, readonly AssessmentItem[]>>,
): ItemShortfall[] {
  const byKey = new Map<string, ItemShortfall & { order: number }>();
  for (const [profileId, count] of roles) {
    for (const item of itemsByProfile[profileId] ?? []) {
      let found = byKey.get(item.key);
      if (!found) byKey.set(item.key, (found = { item, required: 0, below: 0, totalGap: 0, meanGap: 0, order: byKey.size }));
      found.required += count;
    }
  }
  for (const [key, { count, gap }] of below) {
    const found = byKey.get(key);
    if (!found) continue;
    found.below += count;
    found.totalGap += gap;
  }
  return [...byKey.values()]
    .sort((a, b) => b.below - a.below || b.totalGap - a.totalGap || a.order - b.order)
    .map(({ item, required, below, totalGap }) => ({ item, required, below, totalGap, meanGap: below === 0 ? 0 : totalGap / below }));
}

/**
 * The ranking recounted over some of the people (their rows of the item gap matrix): the same figures as
 * `rankItemShortfalls` over those people, in the same order, ties kept in the matrix's column order. Items none of
 * them needs are left out.
 */
export function rankItemsOfRows(
  matrix: Float32Array,
  itemKeys: readonly string[],
  rows: readonly number[],
  itemOf: (key: string) => AssessmentItem | undefined,
): ItemShortfall[] {
  const width = itemKeys.length;
  const required = new Array<number>(width).fill(0);
  const below = new Array<number>(width).fill(0);
  const totalGap = new Array<number>(width).fill(0);
  for (const row of rows) {
    const offset = row * width;
    for (let column = 0; column < width; column++) {
      const gap = matrix[offset + column] ?? Number.NaN;
      if (Number.isNaN(gap)) continue;
      required[column] = (required[column] ?? 0) + 1;
      if (isBelowBy(gap)) {
        below[column] = (below[column] ?? 0) + 1;
        totalGap[column] = (totalGap[column] ?? 0) + gap;
      }
    }
  }
  const ranked: (ItemShortfall & { column: number })[] = [];
  itemKeys.forEach((key, column) => {
    const item = itemOf(key);
    const needed = required[column] ?? 0;
    const count = below[column] ?? 0;
    const gap = totalGap[column] ?? 0;
    if (item && needed > 0) ranked.push({ item, required: needed, below: count, totalGap: gap, meanGap: count === 0 ? 0 : gap / count, column });
  });
  return ranked
    .sort((a, b) => b.below - a.below || b.totalGap - a.totalGap || a.column - b.column)
    .map(({ item, required, below, totalGap, meanGap }) => ({ item, required, below, totalGap, meanGap }));
}

/** A people × columns matrix; a cell is null where the column does not apply or nothing is rated. */
export interface HeatmapMatrix<Column extends string = string> {
  columns: Column[];
  rows: { id: string; name: string; cells: (number | null)[] }[];
}

/**
 * How a person stands in a readiness group, for the heatmap (HR trial of issue 25: a person overdue on 2 of 2 starred
 * experiences read 100 % in the experience column, the 4 unstarred ones being all they rated). The readiness is the
 * gap screen's (over the items rated); beside it, the items rated of the group's, and in the experience group the
 * starred experience not yet acquired (the people table's and the gap screen's count, rated or not). A group is met
 * only when every item in it is rated and met and no starred experience is outstanding.
 */
export interface GroupStanding {
  readiness: number | null;
  rated: number;
  total: number;
  starredOutstanding: number;
}

/** The person's standing in `group`, or null when their role has no such group. */
export function groupStanding(person: Pick<PersonSummary, 'groups' | 'groupRated' | 'starredOutstanding'>, group: ReadinessGroup): GroupStanding | null {
  if (!(group in person.groups)) return null;
  const [rated, total] = person.groupRated[group] ?? [0, 0];
  return { readiness: person.groups[group] ?? null, rated, total, starredOutstanding: group === 'experience' ? person.starredOutstanding : 0 };
}

/** Whether a standing may be shown as meeting the target: all rated, all met, no starred experience outstanding. */
export function meetsGroupTarget(standing: GroupStanding): boolean {
  return standing.readiness === 1 && !partlyRated(standing) && standing.starredOutstanding === 0;
}

/** People × readiness groups: each cell the person's readiness in that group (0–1), as on their gap screen. */
export function groupHeatmap(people: readonly PersonSummary[], groups: readonly ReadinessGroup[] = readinessGroups): HeatmapMatrix<ReadinessGroup> {
  const columns = groups.filter((group) => people.some((person) => group in person.groups));
  return { columns, rows: people.map((person) => ({ id: person.id, name: person.name, cells: columns.map((group) => person.groups[group] ?? null) })) };
}

/**
 * People × items as one flat row-major matrix: the person's gap on the item in levels, 0 where they meet it or have
 * not rated it, NaN where their profile lacks it. Flat so that it can travel between threads without copying.
 */
export function itemGapMatrix(
  people: readonly PersonRow[],
  itemKeys: readonly string[],
  itemsByProfile: Readonly<Record<string, readonly AssessmentItem[]>>,
): Float32Array {
  const column = new Map(itemKeys.map((key, index) => [key, index]));
  const matrix = new Float32Array(people.length * itemKeys.length).fill(Number.NaN);
  const columnsByProfile = new Map(Object.entries(itemsByProfile).map(([profileId, list]) => [profileId, list.flatMap((item) => column.get(item.key) ?? [])]));
  people.forEach((person, row) => {
    const offset = row * itemKeys.length;
    for (const index of columnsByProfile.get(person.profileId) ?? []) matrix[offset + index] = 0;
    for (const shortfall of person.shortfalls) {
      const index = column.get(shortfall.key);
      if (index !== undefined) matrix[offset + index] = shortfall.gap;
    }
  });
  return matrix;
}

/**
 * People × items, laid out as `itemGapMatrix`: the target a person's gap on the item is counted up to, where they are
 * short on it; NaN elsewhere. With the gap it gives where they stand (target − gap), which the training needs read.
 */
export function itemTargetMatrix(people: readonly PersonRow[], itemKeys: readonly string[]): Float32Array {
  const column = new Map(itemKeys.map((key, index) => [key, index]));
  const matrix = new Float32Array(people.length * itemKeys.length).fill(Number.NaN);
  people.forEach((person, row) => {
    for (const shortfall of person.shortfalls) {
      const index = column.get(shortfall.key);
      if (index !== undefined) matrix[row * itemKeys.length + index] = shortfall.target;
    }
  });
  return matrix;
}

/**
 * People × items, laid out as `itemGapMatrix`: 1 where the person has not rated the item (their gap there is 0, as
 * for an item met), 0 elsewhere; so that a chart can tell "not rated" from "meets the target".
 */
export function itemUnratedMatrix(people: readonly PersonRow[], itemKeys: readonly string[]): Uint8Array {
  const column = new Map(itemKeys.map((key, index) => [key, index]));
  const matrix = new Uint8Array(people.length * itemKeys.length);
  people.forEach((person, row) => {
    for (const key of person.unrated) {
      const index = column.get(key);
      if (index !== undefined) matrix[row * itemKeys.length + index] = 1;
    }
  });
  return matrix;
}

/** One cell of an item gap matrix: the gap, or null where the person's profile lacks the item. */
export function itemGapAt(matrix: Float32Array, itemCount: number, row: number, column: number): number | null {
  const value = matrix[row * itemCount + column];
  return value === undefined || Number.isNaN(value) ? null : value;
}

/** Starred experience still missing, by how soon it falls due. */
export const deadlineBucketNames = ['overdue', 'within90', 'within180'] as const;
export type DeadlineBucket = (typeof deadlineBucketNames)[number];
export const soonDays = 90;
/** The most days left a bucket holds (overdue: fewer than none), for its name: "due within {days} days". */
export const deadlineBucketDays: Record<DeadlineBucket, number> = { overdue: -1, within90: soonDays, within180: dueSoonDays };

/** The bucket of a person's nearest deadline, or null when nothing is outstanding or it is more than dueSoonDays away. */
export function deadlineBucketOf(person: PersonSummary): DeadlineBucket | null {
  const deadline = person.nearestDeadline;
  if (!deadline) return null;
  if (deadline.daysLeft < 0) return 'overdue';
  if (deadline.daysLeft <= soonDays) return 'within90';
  if (deadline.daysLeft <= dueSoonDays) return 'within180';
  return null;
}

/** People with starred experience outstanding in each bucket, nearest deadline first. */
export function deadlineBuckets<Person extends PersonSummary>(people: readonly Person[]): Record<DeadlineBucket, Person[]> {
  const buckets: Record<DeadlineBucket, Person[]> = { overdue: [], within90: [], within180: [] };
  for (const person of people) {
    const bucket = deadlineBucketOf(person);
    if (bucket) buckets[bucket].push(person);
  }
  for (const name of deadlineBucketNames) buckets[name].sort((a, b) => (a.nearestDeadline?.daysLeft ?? 0) - (b.nearestDeadline?.daysLeft ?? 0));
  return buckets;
}

/** How many people share each value of `keyOf`, most first, then by value. */
export function countBy<Person extends PersonSummary>(people: readonly Person[], keyOf: (person: Person) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const person of people) counts.set(keyOf(person), (counts.get(keyOf(person)) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export interface OrganisationTotals {
  people: number;
  belowTarget: number;
  starredOutstanding: number;
  byStatus: Record<DeadlineStatus, number>;
  /** The mean of the readiness of those who rated anything, each over the items they rated (as their gap screen's). */
  meanReadiness: number | null;
  /** People with items not yet rated: their readiness counts only the items they rated. */
  partlyRated: number;
}

/** The headline figures: sums over the people, and the mean of the readiness of those who rated anything. */
export function organisationTotals(people: readonly PersonSummary[]): OrganisationTotals {
  const byStatus: Record<DeadlineStatus, number> = { acquired: 0, 'on-track': 0, 'due-soon': 0, overdue: 0 };
  let belowTarget = 0;
  let starredOutstanding = 0;
  let readinessSum = 0;
  let withReadiness = 0;
  let notAllRated = 0;
  for (const person of people) {
    if (partlyRated(person)) notAllRated += 1;
    belowTarget += person.belowTarget;
    starredOutstanding += person.starredOutstanding;
    byStatus[person.status] += 1;
    if (person.overall !== null) {
      readinessSum += person.overall;
      withReadiness += 1;
    }
  }
  return {
    people: people.length,
    belowTarget,
    starredOutstanding,
    byStatus,
    meanReadiness: withReadiness === 0 ? null : readinessSum / withReadiness,
    partlyRated: notAllRated,
  };
}

/** The evidence files the people's assessments name (counted from the files read, never the files), and how many people have any. */
export function evidenceTotals(people: readonly Pick<PersonSummary, 'evidence'>[]): { files: number; people: number } {
  let files = 0;
  let withAny = 0;
  for (const person of people) {
    files += person.evidence;
    if (person.evidence > 0) withAny += 1;
  }
  return { files, people: withAny };
}
