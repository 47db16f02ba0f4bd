import { organisationTotals, type OrganisationTotals } from './organisation-aggregate';
import { textKey } from './organisation-names';
import type { PersonSummary } from './organisation-people';

/** One agency's figures: its people (each once, from their latest assessment) and the headline figures over them. */
export interface AgencySummary extends OrganisationTotals {
  /** The agency as its first person writes it. */
  agency: string;
  /** How many on the staff list have sent nothing; null when no staff list is loaded. */
  notSent: number | null;
}

/**
 * The headline figures by agency (issue 25: people, mean readiness, items below target, overdue, not yet sent).
 * Agencies are one when their names are the same once tidied as the matching rule tidies them (spacing, case, Unicode
 * form); an empty agency is one of its own. With a staff list (`notSent`, by `textKey` of the agency: see
 * staff-matching.ts), each agency says how many on it sent nothing, and an agency of the list from which no one sent
 * a file has a row of its own. Sorted by name with `compare` (the screen's collator).
 */
export function agencySummaries(
  people: readonly PersonSummary[],
  compare: (a: string, b: string) => number,
  notSent?: ReadonlyMap<string, { agency: string; count: number }>,
): AgencySummary[] {
  const groups = new Map<string, { agency: string; people: PersonSummary[] }>();
  for (const person of people) {
    const key = textKey(person.agency);
    const group = groups.get(key);
    if (group) group.people.push(person);
    else groups.set(key, { agency: person.agency.trim(), people: [person] });
  }
  for (const [key, { agency }] of notSent ?? []) if (!groups.has(key)) groups.set(key, { agency, people: [] });
  return [...groups]
    .map(([key, { agency, people: members }]) => ({ agency, ...organisationTotals(members), notSent: notSent ? (notSent.get(key)?.count ?? 0) : null }))
    .sort((a, b) => compare(a.agency, b.agency));
}
