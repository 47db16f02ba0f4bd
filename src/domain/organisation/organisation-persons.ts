import type { RoleProfileId } from '../profile/role-profile';
import { bareNameKey, nameWithoutTitle, textKey } from './organisation-names';

/** What matching reads of one assessment: whose it is (name, agency, role), when it was made, and its id. */
export interface MatchedAssessment {
  id: string;
  name: string;
  agency: string;
  profileId: string;
  assessedOn: string;
  updatedAt: string;
  /** The name without its titles, when already worked out (`nameWithoutTitle`). */
  sortName?: string;
}

/**
 * HR's corrections of the rule: assessments taken apart from the person the rule gave them (each then stands alone
 * unless joined), and pairs of assessments joined as one person's although the rule did not match them.
 */
export interface MatchOverrides {
  separate: string[];
  joined: [string, string][];
}
export const noOverrides: MatchOverrides = { separate: [], joined: [] };

/** How a person's assessments came together: one alone, by the rule, or with HR's join. */
export type MatchBasis = 'alone' | 'name-and-agency' | 'name-and-role' | 'joined';

/** One of a person's assessments, as their history lists it. */
export interface AssessmentRef {
  id: string;
  file: string;
  name: string;
  position: string;
  agency: string;
  profileId: RoleProfileId;
  assessedOn: string;
  overall: number | null;
}

/** How one assessment is listed in a person's history: what matching reads of it, and where it came from. */
export function assessmentRef(row: Omit<AssessmentRef, 'file'> & { source: string }): AssessmentRef {
  return {
    id: row.id,
    file: row.source,
    name: row.name,
    position: row.position,
    agency: row.agency,
    profileId: row.profileId,
    assessedOn: row.assessedOn,
    overall: row.overall,
  };
}

/** One person: their assessments, latest first (the first is the one every figure counts), and why they are one person. */
export interface MatchedPerson<Entry extends MatchedAssessment> {
  latest: Entry;
  assessments: Entry[];
  basis: MatchBasis;
}

/** Each assessment's keys, worked out once: a roll-up matches the same rows again after every change. */
const keysCache = new WeakMap<MatchedAssessment, { name: string; agency: string; fields: [string, string] }>();
/** What the rule reads of an assessment: its name and agency as compared, and the fields it is matched on. */
export function matchKeysOf(entry: MatchedAssessment): { name: string; agency: string; fields: [string, string] } {
  let keys = keysCache.get(entry);
  if (!keys) {
    const name = bareNameKey(entry.sortName ?? nameWithoutTitle(entry.name));
    const agency = textKey(entry.agency);
    keysCache.set(entry, (keys = { name, agency, fields: matchFields(name, agency, entry.profileId) as [string, string] }));
  }
  return keys;
}

/**
 * What two records of one person share (decision 021): the name (`bareNameKey`) and the agency (`textKey`), or the
 * name and the role. A staff list's row without a role shares only the first. The one home of the rule's keys, for
 * matching assessments with each other and a staff list with the people.
 */
export function matchFields(nameKey: string, agencyKey: string, profileId: string | undefined): string[] {
  const byAgency = `a\u0000${nameKey}\u0000${agencyKey}`;
  return profileId === undefined ? [byAgency] : [byAgency, `r\u0000${nameKey}\u0000${profileId}`];
}

/** The later of two assessments: the later assessment date, then the later change, then the greater id. */
export function isLater(a: MatchedAssessment, b: MatchedAssessment): boolean {
  if (a.assessedOn !== b.assessedOn) return a.assessedOn > b.assessedOn;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.id > b.id;
}

/** A person's assessments in order, latest first. */
export function latestFirst(a: MatchedAssessment, b: MatchedAssessment): number {
  return isLater(a, b) ? -1 : isLater(b, a) ? 1 : 0;
}

/** Why one person's assessments (latest first) are one person's: one alone, HR's join, the same agency, or the role. */
export function basisOf(assessments: readonly MatchedAssessment[], joinedIds: ReadonlySet<string>): MatchBasis {
  if (assessments.length === 1) return 'alone';
  if (assessments.some((entry) => joinedIds.has(entry.id))) return 'joined';
  return new Set(assessments.map((entry) => matchKeysOf(entry).agency)).size === 1 ? 'name-and-agency' : 'name-and-role';
}

/**
 * The rule (decision 021): two assessments are one person's when their names are the same once the titles are taken
 * off and the spelling tidied (`nameKey`), and they share the agency or the role; and, through a third, any chain
 * of such pairs. An assessment without a name is a person of its own. HR's corrections come last: an assessment
 * taken apart joins nothing by the rule, and a pair joined by HR is one person whatever the rule says.
 */
export function matchPersons<Entry extends MatchedAssessment>(entries: readonly Entry[], overrides: MatchOverrides = noOverrides): MatchedPerson<Entry>[] {
  const parent = entries.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    for (let at = index; parent[at] !== root;) [at, parent[at]] = [parent[at] ?? root, root];
    return root;
  };
  const union = (a: number, b: number) => {
    const [left, right] = [find(a), find(b)];
    if (left !== right) parent[right] = left;
  };
  const separate = new Set(overrides.separate);
  const firstBy = new Map<string, number>();
  entries.forEach((entry, index) => {
    const { name: key, fields } = matchKeysOf(entry);
    if (key === '' || separate.has(entry.id)) return;
    for (const field of fields) {
      const first = firstBy.get(field);
      if (first === undefined) firstBy.set(field, index);
      else union(first, index);
    }
  });
  const indexOf = new Map(entries.map((entry, index) => [entry.id, index]));
  for (const [a, b] of overrides.joined) {
    const [left, right] = [indexOf.get(a), indexOf.get(b)];
    if (left !== undefined && right !== undefined) union(left, right);
  }
  const groups = new Map<number, Entry[]>();
  entries.forEach((entry, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(entry);
    else groups.set(root, [entry]);
  });
  const joinedIds = new Set(overrides.joined.flat());
  return [...groups.values()].map((assessments) => {
    assessments.sort(latestFirst);
    return { latest: assessments[0] as Entry, assessments, basis: basisOf(assessments, joinedIds) };
  });
}

/**
 * HR takes one assessment apart from its person: it is listed as taken apart (and out of any join HR made), so that
 * the rule no longer puts it with anyone.
 */
export function separateAssessment(overrides: MatchOverrides, id: string): MatchOverrides {
  return { separate: [...new Set([...overrides.separate, id])], joined: overrides.joined.filter((pair) => !pair.includes(id)) };
}

/** HR joins two people as one: the pair of their latest assessments is joined, and neither is taken apart any more. */
export function joinAssessments(overrides: MatchOverrides, a: string, b: string): MatchOverrides {
  if (a === b) return overrides;
  return {
    separate: overrides.separate.filter((id) => id !== a && id !== b),
    joined: [...overrides.joined.filter(([x, y]) => !((x === a && y === b) || (x === b && y === a))), [a, b]],
  };
}

/**
 * Pairs of people (their latest assessments' ids) of the same name, titles aside, whom the rule kept apart (another
 * agency and another role), and of whom HR separated nothing: perhaps one person, for HR to join.
 */
export function possibleMatches(
  people: readonly (MatchedAssessment & { earlier: readonly { id: string }[] })[],
  overrides: MatchOverrides,
): [string, string][] {
  const separated = new Set(overrides.separate);
  const byName = new Map<string, (typeof people)[number][]>();
  for (const person of people) {
    const key = matchKeysOf(person).name;
    if (key === '' || separated.has(person.id) || person.earlier.some((entry) => separated.has(entry.id))) continue;
    const list = byName.get(key);
    if (list) list.push(person);
    else byName.set(key, [person]);
  }
  return [...byName.values()].flatMap(([first, ...rest]) =>
    first
      ? rest
          .filter((other) => matchKeysOf(other).agency !== matchKeysOf(first).agency && other.profileId !== first.profileId)
          .map((other): [string, string] => [first.id, other.id])
      : [],
  );
}
