import type { AssessmentItem } from '../assessment/assessment-items';
import type { PersonSummary, PlannedItem } from './organisation-people';
import { isBelowBy } from '../scoring/scoring';

/** What a shortfall reads of a person: who they are, their nearest deadline and what their plan serves. */
export type ShortfallPerson = Pick<PersonSummary, 'id' | 'nearestDeadline' | 'served'>;

/**
 * One person short of their target on one item (issue 25, "who is short of what"): the gap in levels, the deadline the item
 * falls due by (starred experience only: the person's nearest deadline, the one all their starred items share), and
 * the action of their plan that serves it (null: no action does).
 */
export interface PersonShortfall<P extends ShortfallPerson = ShortfallPerson> {
  person: P;
  item: AssessmentItem;
  gap: number;
  deadline: PersonSummary['nearestDeadline'];
  planned: PlannedItem | null;
}

/** The deadline an item falls due by for a person: their starred experience's, for a starred experience item; else none. */
function deadlineOf(person: ShortfallPerson, item: AssessmentItem): PersonSummary['nearestDeadline'] {
  return item.kind === 'experience' && item.starred ? person.nearestDeadline : null;
}

/** Soonest deadline first (none last), then the largest gap; otherwise the order the people came in. */
function byUrgency(a: PersonShortfall, b: PersonShortfall): number {
  const da = a.deadline?.date ?? '9999-12-31';
  const db = b.deadline?.date ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  return b.gap - a.gap;
}

/**
 * The people short on `item` (a gap above none, as the ranking counts them), soonest deadline first, then the largest
 * gap, then in the order given. `gapOf` reads a person's gap on the item (null: their role lacks it).
 */
export function peopleShortOn<P extends ShortfallPerson>(
  item: AssessmentItem,
  people: readonly P[],
  gapOf: (person: P) => number | null,
): PersonShortfall<P>[] {
  const shortfalls: PersonShortfall<P>[] = [];
  for (const person of people) {
    const gap = gapOf(person);
    if (gap === null || !isBelowBy(gap)) continue;
    shortfalls.push({ person, item, gap, deadline: deadlineOf(person, item), planned: person.served.find((served) => served.key === item.key) ?? null });
  }
  return shortfalls.sort(byUrgency);
}

/**
 * Every person × item short of target, for a pivot table: person by person in the order given, each person's items
 * in the order of `items` (the ranking's: most people short first).
 */
export function everyShortfall<P extends ShortfallPerson>(
  people: readonly P[],
  items: readonly AssessmentItem[],
  gapOf: (person: P, item: AssessmentItem) => number | null,
): PersonShortfall<P>[] {
  return people.flatMap((person) =>
    items.flatMap((item) => {
      const gap = gapOf(person, item);
      return gap !== null && isBelowBy(gap)
        ? [{ person, item, gap, deadline: deadlineOf(person, item), planned: person.served.find((served) => served.key === item.key) ?? null }]
        : [];
    }),
  );
}

/** How much of the shortfall a plan covers: shortfalls (person × item), those an action serves, and the people with any shortfall no action serves. */
export interface PlanCoverage {
  shortfalls: number;
  planned: number;
  /** Of the shortfalls no action serves, those of starred experience overdue. */
  overdueUnplanned: number;
  people: number;
  peopleWithUnplanned: number;
}

export function planCoverage(shortfalls: readonly PersonShortfall[]): PlanCoverage {
  const people = new Set<string>();
  const unplanned = new Set<string>();
  let planned = 0;
  let overdueUnplanned = 0;
  for (const shortfall of shortfalls) {
    people.add(shortfall.person.id);
    if (shortfall.planned) planned++;
    else {
      unplanned.add(shortfall.person.id);
      if (shortfall.deadline?.status === 'overdue') overdueUnplanned++;
    }
  }
  return { shortfalls: shortfalls.length, planned, overdueUnplanned, people: people.size, peopleWithUnplanned: unplanned.size };
}

/**
 * The plan's coverage in the headline figures, from each person's own count (their plan screen's warning): people with
 * an item needing a plan (below target, or starred experience outstanding) that no action serves, and of the people
 * overdue, those whose outstanding starred experience no action serves.
 */
export function planTotals(people: readonly Pick<PersonSummary, 'unplanned' | 'starredUnplanned' | 'status'>[]): {
  withUnplanned: number;
  overdueUnplanned: number;
} {
  let withUnplanned = 0;
  let overdueUnplanned = 0;
  for (const person of people) {
    if (person.unplanned > 0) withUnplanned++;
    if (person.status === 'overdue' && person.starredUnplanned > 0) overdueUnplanned++;
  }
  return { withUnplanned, overdueUnplanned };
}
