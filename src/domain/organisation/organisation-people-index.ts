import type { AssessmentItem } from '../assessment/assessment-items';
import { rankByCounts, type ItemShortfall } from './organisation-aggregate';
import type { Person, PersonRow } from './organisation-people';
import { assessmentRef, basisOf, latestFirst, matchKeysOf, type MatchBasis, type MatchOverrides } from './organisation-persons';
import type { RollupState } from './organisation-state';

/** Each latest row's person as last made: a roll-up makes the same people again after every change. */
const personCache = new WeakMap<PersonRow, Person>();
/** A person: the row of their latest assessment, their earlier ones (latest first), and why they are one person. */
export function personOf(latest: PersonRow, earlier: readonly PersonRow[], basis: MatchBasis): Person {
  const known = personCache.get(latest);
  if (
    known &&
    known.basis === basis &&
    known.earlier.length === earlier.length &&
    known.earlier.every((entry, index) => entry.id === earlier[index]?.id && entry.file === earlier[index]?.source)
  )
    return known;
  const person: Person = { ...latest, earlier: earlier.map(assessmentRef), basis };
  personCache.set(latest, person);
  return person;
}

/** One person of the index: their assessments' places among those held (the first is theirs among the people). */
interface Group {
  first: number;
  person: Person;
}

/** What the last `sync` changed: the people now, those no longer (made again or joined), and those made. */
export interface PeopleChange {
  people: Person[];
  gone: Person[];
  come: Person[];
  /** True when every assessment was matched again (not only files added). */
  rebuilt: boolean;
}

/**
 * The people of a roll-up, kept from one change to the next (issue 25 point 3, decision 021). When the assessments
 * held are those it indexed, in the same order, with more after them (files added, none replaced), only the new
 * ones are matched, against the names, agencies and roles already known, and only the people they join or make are
 * made again. Anything else (a file replaced or taken out, another day's rows, HR's corrections) matches all again.
 * Either way its people are `matchPersons`'s, in the same order, its ranking `rankItemShortfalls`'s and the pairs of people
 * it lists as perhaps one `possibleMatches`'s.
 */
export class RollupIndex {
  private rows: PersonRow[] = [];
  private parent: number[] = [];
  private members = new Map<number, number[]>();
  private firstBy = new Map<string, number>();
  private indexOf = new Map<string, number>();
  private groups = new Map<number, Group>();
  private order: Group[] = [];
  private overrides: MatchOverrides | null = null;
  private separate = new Set<string>();
  private joinedIds = new Set<string>();
  /** The ranking's counts over the people: by role, and below target by item (with the gaps' sum). */
  private profileCounts = new Map<string, number>();
  private below = new Map<string, { count: number; gap: number }>();
  /** The people HR may want to join: by name (titles aside), those of whom nothing was separated, in order of `first`. */
  private byName = new Map<string, Group[]>();
  /** The names held by more than one person. */
  private shared = new Set<string>();
  last: PeopleChange = { people: [], gone: [], come: [], rebuilt: true };

  /** Brings the index level with `state` and says what changed. */
  sync(state: RollupState): PeopleChange {
    const held = [...state.assessments.values()];
    const known = this.rows.length;
    let extended = state.overrides === this.overrides && held.length >= known;
    for (let index = 0; extended && index < known; index++) extended = held[index]?.held.row === this.rows[index];
    if (!extended) this.reset(state.overrides);
    const come = this.add(held.slice(extended ? known : 0).map((entry) => entry.held.row));
    this.last = { ...come, people: this.order.map((group) => group.person), rebuilt: !extended };
    for (const person of this.last.gone) this.count(person, -1);
    for (const person of this.last.come) this.count(person, 1);
    return this.last;
  }

  /** The items ranked over the people indexed (`rankItemShortfalls` over them). */
  ranking(items: Readonly<Record<string, readonly AssessmentItem[]>>): ItemShortfall[] {
    // The roles in the order the people first name them, as rankItemShortfalls meets them.
    const roles: [string, number][] = [];
    const wanted = [...this.profileCounts.values()].filter((count) => count > 0).length;
    for (const group of this.order) {
      if (roles.length === wanted) break;
      const { profileId } = group.person;
      if (!roles.some(([role]) => role === profileId)) roles.push([profileId, this.profileCounts.get(profileId) ?? 0]);
    }
    return rankByCounts(roles, this.below, items);
  }

  private reset(overrides: MatchOverrides): void {
    this.rows = [];
    this.parent = [];
    this.members = new Map();
    this.firstBy = new Map();
    this.indexOf = new Map();
    this.groups = new Map();
    this.order = [];
    this.overrides = overrides;
    this.separate = new Set(overrides.separate);
    this.joinedIds = new Set(overrides.joined.flat());
    this.profileCounts = new Map();
    this.below = new Map();
    this.byName = new Map();
    this.shared = new Set();
  }

  /**
   * `possibleMatches` over the people indexed: pairs of people of one name whom the rule kept apart (another agency and
   * another role), and of whom HR separated nothing. Kept by name as people come and go, so that files added look only
   * at the people they make, not at everyone again.
   */
  possible(): [string, string][] {
    return [...this.shared]
      .map((name) => this.byName.get(name) ?? [])
      .sort((a, b) => (a[0]?.first ?? 0) - (b[0]?.first ?? 0))
      .flatMap(([first, ...rest]) =>
        first
          ? rest
              .filter((other) => matchKeysOf(other.person).agency !== matchKeysOf(first.person).agency && other.person.profileId !== first.person.profileId)
              .map((other): [string, string] => [first.person.id, other.person.id])
          : [],
      );
  }

  /** The name a group is listed under for `possible`, or null when it is not listed (no name, or HR separated it). */
  private nameOf({ person }: Group): string | null {
    const { name } = matchKeysOf(person);
    if (name === '' || this.separate.has(person.id) || person.earlier.some((entry) => this.separate.has(entry.id))) return null;
    return name;
  }

  private list(group: Group, sign: 1 | -1): void {
    const name = this.nameOf(group);
    if (name === null) return;
    const groups = this.byName.get(name) ?? [];
    if (sign === 1) {
      let at = groups.length;
      while (at > 0 && (groups[at - 1]?.first ?? 0) > group.first) at--;
      groups.splice(at, 0, group);
    } else {
      const at = groups.indexOf(group);
      if (at >= 0) groups.splice(at, 1);
    }
    if (groups.length === 0) this.byName.delete(name);
    else this.byName.set(name, groups);
    if (groups.length > 1) this.shared.add(name);
    else this.shared.delete(name);
  }

  private find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    for (let at = index; this.parent[at] !== root;) [at, this.parent[at]] = [this.parent[at] ?? root, root];
    return root;
  }

  /** Joins two assessments' people; the roots of both, before, go into `touched`. */
  private union(a: number, b: number, touched: Set<number>): void {
    const [left, right] = [this.find(a), this.find(b)];
    touched.add(left);
    touched.add(right);
    if (left === right) return;
    this.parent[right] = left;
    this.members.set(left, [...(this.members.get(left) ?? []), ...(this.members.get(right) ?? [])]);
    this.members.delete(right);
  }

  /** Matches `rows` (after those indexed) by the rule and HR's joins; the people made again and those they replace. */
  private add(rows: readonly PersonRow[]): { gone: Person[]; come: Person[] } {
    const start = this.rows.length;
    const touched = new Set<number>();
    for (const row of rows) {
      const index = this.rows.push(row) - 1;
      this.parent.push(index);
      this.members.set(index, [index]);
      this.indexOf.set(row.id, index);
      touched.add(index);
      const { name, fields } = matchKeysOf(row);
      if (name === '' || this.separate.has(row.id)) continue;
      for (const field of fields) {
        const first = this.firstBy.get(field);
        if (first === undefined) this.firstBy.set(field, index);
        else this.union(first, index, touched);
      }
    }
    for (const [a, b] of this.overrides?.joined ?? []) {
      const [left, right] = [this.indexOf.get(a), this.indexOf.get(b)];
      if (left !== undefined && right !== undefined && (left >= start || right >= start)) this.union(left, right, touched);
    }
    const gone: Person[] = [];
    const stale = new Set<Group>();
    for (const root of touched) {
      const group = this.groups.get(root);
      if (!group) continue;
      stale.add(group);
      gone.push(group.person);
      this.groups.delete(root);
      this.list(group, -1);
    }
    const made: Group[] = [];
    for (const root of new Set([...touched].map((index) => this.find(index)))) {
      const indexes = this.members.get(root) ?? [root];
      const assessments = indexes.map((index) => this.rows[index] as PersonRow).sort(latestFirst);
      const latest = assessments[0] as PersonRow;
      const group = { first: Math.min(...indexes), person: personOf(latest, assessments.slice(1), basisOf(assessments, this.joinedIds)) };
      this.groups.set(root, group);
      made.push(group);
      this.list(group, 1);
    }
    made.sort((a, b) => a.first - b.first);
    this.order = mergeByFirst(
      this.order.filter((group) => !stale.has(group)),
      made,
    );
    return { gone, come: made.map((group) => group.person) };
  }

  private count(person: PersonRow, sign: 1 | -1): void {
    this.profileCounts.set(person.profileId, (this.profileCounts.get(person.profileId) ?? 0) + sign);
    for (const { key, gap } of person.shortfalls) {
      const entry = this.below.get(key) ?? { count: 0, gap: 0 };
      this.below.set(key, { count: entry.count + sign, gap: entry.gap + sign * gap });
    }
  }
}

/** Two lists in order of `first`, as one. */
function mergeByFirst(a: readonly Group[], b: readonly Group[]): Group[] {
  const merged: Group[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && left.first < right.first)) {
      merged.push(left as Group);
      i++;
    } else {
      merged.push(right);
      j++;
    }
  }
  return merged;
}
