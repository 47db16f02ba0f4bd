import type { Resource } from '../scoring/resource-catalogue';
import {
  listNeeds,
  noteUnserved,
  pointsClosed,
  reachOf,
  servingOf,
  unservedInOrder,
  type Need,
  type NeedsInput,
  type ResourceDemand,
  type UnservedGap,
} from './training-needs';

// The demand for each resource counted without an object for each person × resource (a quarter of a million for
// 1,000 people and 500 resources): the same rules and the same figures as `trainingNeeds` and `resourceDemand`
// (docs/training-needs.md), with the attendances kept as columns of numbers. The proposal and the CSV, which need to
// know which needs each attendance serves, still make the attendances themselves, when asked.

/**
 * The attendances as columns, in the order `trainingNeeds` lists them (by person, then resource): row i is person
 * `person[i]` at resource `resource[i]`, closing `points[i]` gap points, first needed in fiscal year `fiscalYear[i]`.
 */
export interface AttendanceColumns {
  length: number;
  person: Int32Array;
  resource: Int32Array;
  points: Float64Array;
  fiscalYear: Int32Array;
}

export interface CountedNeeds {
  needs: Need[];
  attendances: AttendanceColumns;
  unserved: UnservedGap[];
}

/** The needs, the attendances as columns and the gaps no resource serves: what `trainingNeeds` gives, without an object per attendance. */
export function countNeeds(input: NeedsInput, needs: Need[] = listNeeds(input)): CountedNeeds {
  const serving = servingOf(input.resources);
  // A person attends a resource at most once for each need it serves: room enough for every attendance.
  let room = 0;
  for (const need of needs) room += serving.get(need.key)?.length ?? 0;
  const columns: AttendanceColumns = {
    length: 0,
    person: new Int32Array(room),
    resource: new Int32Array(room),
    points: new Float64Array(room),
    fiscalYear: new Int32Array(room),
  };
  // What the person at hand would gain at each resource, noted by resource (`seenBy`: for whom it was last noted).
  const pointsOf = new Float64Array(input.resources.length);
  const yearOf = new Int32Array(input.resources.length);
  const seenBy = new Int32Array(input.resources.length).fill(-1);
  const touched: number[] = [];
  const unserved = new Map<string, UnservedGap>();
  const flush = (person: number) => {
    touched.sort((a, b) => a - b);
    for (const resource of touched) {
      const at = columns.length++;
      columns.person[at] = person;
      columns.resource[at] = resource;
      columns.points[at] = pointsOf[resource] ?? 0;
      columns.fiscalYear[at] = yearOf[resource] ?? 0;
    }
    touched.length = 0;
  };
  let person = needs[0]?.person ?? -1;
  for (const need of needs) {
    if (need.person !== person) {
      flush(person);
      person = need.person;
    }
    const item = input.itemOf(need.key);
    if (!item) continue;
    const candidates = serving.get(need.key) ?? [];
    let closed = false;
    for (const index of candidates) {
      const resource = input.resources[index];
      const points = pointsClosed(need, resource ? reachOf(resource, item, need.target) : 0);
      if (points <= 0) continue;
      closed = true;
      if (seenBy[index] !== person) {
        seenBy[index] = person;
        pointsOf[index] = points;
        yearOf[index] = need.fiscalYear;
        touched.push(index);
      } else {
        pointsOf[index] = (pointsOf[index] ?? 0) + points;
        yearOf[index] = Math.min(yearOf[index] ?? need.fiscalYear, need.fiscalYear);
      }
    }
    if (!closed) noteUnserved(unserved, need, candidates);
  }
  flush(person);
  return { needs, attendances: columns, unserved: unservedInOrder(unserved) };
}

/** How the demand is grouped: each attendance's group (a number), and its name on screen ('' for all). */
export interface DemandGroups {
  of: (person: number, fiscalYear: number) => number;
  name: (group: number) => string;
}

const inAll: DemandGroups = { of: () => 0, name: () => '' };

/** The demand for each resource and group, as `resourceDemand` gives it (the same rows, in the same order), from the counted attendances. */
export function countedDemand(attendances: AttendanceColumns, resources: readonly Resource[], groups: DemandGroups = inAll): ResourceDemand[] {
  const byResource: Map<number, ResourceDemand>[] = [];
  const found: ResourceDemand[] = [];
  for (let at = 0; at < attendances.length; at++) {
    const index = attendances.resource[at] ?? -1;
    const resource = resources[index];
    if (!resource) continue;
    const group = groups.of(attendances.person[at] ?? -1, attendances.fiscalYear[at] ?? 0);
    const known = (byResource[index] ??= new Map());
    let demand = known.get(group);
    if (!demand) {
      demand = { resource: index, group: groups.name(group), people: 0, hours: 0, costBaht: 0, points: 0 };
      known.set(group, demand);
      found.push(demand);
    }
    // Added one attendance at a time, as `resourceDemand` adds them: the same sums to the last digit.
    demand.people += 1;
    demand.hours += resource.hours;
    demand.costBaht += resource.costBaht;
    demand.points += attendances.points[at] ?? 0;
  }
  return found.sort((a, b) => b.people - a.people || b.points - a.points || a.resource - b.resource || a.group.localeCompare(b.group));
}
