import type { AssessmentItem } from '../assessment/assessment-items';
import type { CalendarDate } from '../calendar/calendar-date';
import { experienceDeadline } from '../calendar/deadlines';
import { fiscalYearOf, type FiscalYear } from '../calendar/fiscal-year';
import type { PersonRow, PersonSummary } from './organisation-people';
import type { Resource } from '../scoring/resource-catalogue';
import { isBelowBy } from '../scoring/scoring';

// The training needs (ความต้องการพัฒนา) of an organisation: from the roll-up's gaps and the agency's catalogue, which
// person needs which resource, by agency and fiscal year, and the gaps that no resource serves. The rules are written
// out in docs/training-needs.md.

/** What the needs read of a person of the roll-up (a `PersonRow` has it all). */
export type NeedPerson = Pick<PersonRow, 'id' | 'name' | 'position' | 'agency' | 'appointedOn' | 'shortfalls' | 'served'>;

export interface NeedsInput {
  people: readonly NeedPerson[];
  resources: readonly Resource[];
  itemOf: (key: string) => AssessmentItem | undefined;
  /** The day the roll-up's figures are for: a need with no later date is needed in its fiscal year. */
  today: CalendarDate;
}

/** One gap of one person: where they stand on the item now, the level it is counted up to, and when it is needed. */
export interface Need {
  person: number;
  key: string;
  now: number;
  target: number;
  /** When it is needed: a starred experience's deadline, the target date of an action of the plan not yet done, or today; never before today. */
  due: CalendarDate;
  fiscalYear: FiscalYear;
  /** A starred experience's two-year deadline (it may have passed); null for every other item. */
  starredDeadline: CalendarDate | null;
}

/** One person attending one resource: the needs it serves and the level it brings each to. */
export interface Attendance {
  person: number;
  resource: number;
  needs: { need: number; reach: number }[];
  /** The gap points it closes on its own. */
  points: number;
  /** The earliest fiscal year of the needs it closes. */
  fiscalYear: FiscalYear;
}

/** An item some people are short on that no resource of the catalogue closes any of. */
export interface UnservedGap {
  key: string;
  /** People short on it with no resource for them: none serves the item, or none reaches above where they stand. */
  people: number;
  points: number;
  why: 'no-resource' | 'too-low';
}

export interface TrainingNeeds {
  needs: Need[];
  attendances: Attendance[];
  unserved: UnservedGap[];
}

/** How far a resource brings an item: its level, counted up to the target (experience: the whole of it). */
export function reachOf(resource: Pick<Resource, 'level'>, item: Pick<AssessmentItem, 'kind'>, target: number): number {
  return item.kind === 'experience' ? target : Math.min(resource.level, target);
}

/** The gap points a level closes on a need: none when it is no higher than where the person stands. */
export function pointsClosed(need: Pick<Need, 'now'>, reach: number): number {
  return Math.max(0, reach - need.now);
}

function needsOfPerson(person: NeedPerson, index: number, input: NeedsInput): Need[] {
  const open = new Map(person.served.filter((planned) => planned.status !== 'done').map((planned) => [planned.key, planned.targetOn]));
  return person.shortfalls.flatMap((shortfall) => {
    const item = input.itemOf(shortfall.key);
    if (!item) return [];
    const starredDeadline = item.kind === 'experience' && item.starred ? experienceDeadline(person.appointedOn) : null;
    const wanted = starredDeadline ?? open.get(shortfall.key) ?? input.today;
    const due = wanted > input.today ? wanted : input.today;
    return [
      {
        person: index,
        key: shortfall.key,
        now: shortfall.target - shortfall.gap,
        target: shortfall.target,
        due,
        fiscalYear: fiscalYearOf(due),
        starredDeadline,
      },
    ];
  });
}

/**
 * The people of a roll-up as the page holds them (summaries, and their gaps and targets as people × items matrices,
 * row `rowOf(person.id)`), in the shape the needs read.
 */
export function needPeopleOf(
  people: readonly Pick<PersonSummary, 'id' | 'name' | 'position' | 'agency' | 'appointedOn' | 'served'>[],
  matrices: { itemKeys: readonly string[]; gaps: Float32Array; targets: Float32Array; rowOf: (id: string) => number },
): NeedPerson[] {
  const width = matrices.itemKeys.length;
  return people.map((person) => {
    const offset = matrices.rowOf(person.id) * width;
    const shortfalls: PersonRow['shortfalls'] = [];
    for (let column = 0; column < width; column++) {
      const target = matrices.targets[offset + column] ?? Number.NaN;
      const gap = matrices.gaps[offset + column] ?? Number.NaN;
      const key = matrices.itemKeys[column];
      if (!Number.isNaN(target) && isBelowBy(gap) && key !== undefined) shortfalls.push({ key, gap, target });
    }
    return {
      id: person.id,
      name: person.name,
      position: person.position,
      agency: person.agency,
      appointedOn: person.appointedOn,
      served: person.served,
      shortfalls,
    };
  });
}

/** Every gap of every person of the roll-up, person by person, in the order of their shortfalls. */
export function listNeeds(input: NeedsInput): Need[] {
  return input.people.flatMap((person, index) => needsOfPerson(person, index, input));
}

/** For each item, the resources (by index) that serve it, in the catalogue's order. */
export function servingOf(resources: readonly Resource[]): Map<string, number[]> {
  const serving = new Map<string, number[]>();
  resources.forEach((resource, index) => {
    for (const key of resource.serves) {
      const list = serving.get(key);
      if (list) list.push(index);
      else serving.set(key, [index]);
    }
  });
  return serving;
}

/** Notes a need no resource closes any of under its item. */
export function noteUnserved(unserved: Map<string, UnservedGap>, need: Need, candidates: readonly number[]): void {
  const gap = unserved.get(need.key) ?? { key: need.key, people: 0, points: 0, why: candidates.length > 0 ? 'too-low' : 'no-resource' };
  gap.people += 1;
  gap.points += need.target - need.now;
  unserved.set(need.key, gap);
}

/** The gaps no resource serves, most people first. */
export function unservedInOrder(unserved: Map<string, UnservedGap>): UnservedGap[] {
  return [...unserved.values()].sort((a, b) => b.people - a.people || b.points - a.points || a.key.localeCompare(b.key));
}

/**
 * The training needs: every gap of every person, each person's attendance of each resource that closes some of
 * their gaps, and the gaps no resource closes, most people first. `needs` when already listed (`listNeeds`).
 */
export function trainingNeeds(input: NeedsInput, needs: Need[] = listNeeds(input)): TrainingNeeds {
  const serving = servingOf(input.resources);
  const attendances: Attendance[] = [];
  const unservedByKey = new Map<string, UnservedGap>();
  let first = 0;
  while (first < needs.length) {
    const person = needs[first]?.person;
    let last = first;
    while (needs[last]?.person === person) last++;
    const byResource = new Map<number, Attendance>();
    for (let index = first; index < last; index++) {
      const need = needs[index];
      const item = need && input.itemOf(need.key);
      if (!need || !item) continue;
      const candidates = serving.get(need.key) ?? [];
      let closed = false;
      for (const resourceIndex of candidates) {
        const resource = input.resources[resourceIndex];
        const reach = resource ? reachOf(resource, item, need.target) : 0;
        const points = pointsClosed(need, reach);
        if (points <= 0) continue;
        closed = true;
        const known = byResource.get(resourceIndex);
        if (known) {
          known.needs.push({ need: index, reach });
          known.points += points;
          known.fiscalYear = Math.min(known.fiscalYear, need.fiscalYear);
        } else
          byResource.set(resourceIndex, { person: need.person, resource: resourceIndex, needs: [{ need: index, reach }], points, fiscalYear: need.fiscalYear });
      }
      if (!closed) noteUnserved(unservedByKey, need, candidates);
    }
    attendances.push(...[...byResource.values()].sort((a, b) => a.resource - b.resource));
    first = last;
  }
  return { needs, attendances, unserved: unservedInOrder(unservedByKey) };
}

/** The demand for one resource, over some of its attendances: people, their hours and cost, and the gap points it would close. */
export interface ResourceDemand {
  resource: number;
  /** The agency, the fiscal year (as text), or '' for all. */
  group: string;
  people: number;
  hours: number;
  costBaht: number;
  points: number;
}

/**
 * The demand for each resource, and for each group `groupOf` makes of its attendances (an agency, a fiscal year):
 * people, hours and cost (a person's hours and cost times the people), most people first. A person short on items
 * that several resources serve is counted under each of them: the demands are alternatives, not a sum.
 */
export function resourceDemand(needs: TrainingNeeds, resources: readonly Resource[], groupOf: (attendance: Attendance) => string = () => ''): ResourceDemand[] {
  // By resource, then by group: no key text made for each of a quarter of a million attendances.
  const byResource: Map<string, ResourceDemand>[] = [];
  const found: ResourceDemand[] = [];
  for (const attendance of needs.attendances) {
    const resource = resources[attendance.resource];
    if (!resource) continue;
    const group = groupOf(attendance);
    const groups = (byResource[attendance.resource] ??= new Map());
    let demand = groups.get(group);
    if (!demand) {
      demand = { resource: attendance.resource, group, people: 0, hours: 0, costBaht: 0, points: 0 };
      groups.set(group, demand);
      found.push(demand);
    }
    demand.people += 1;
    demand.hours += resource.hours;
    demand.costBaht += resource.costBaht;
    demand.points += attendance.points;
  }
  return found.sort((a, b) => b.people - a.people || b.points - a.points || a.resource - b.resource || a.group.localeCompare(b.group));
}
