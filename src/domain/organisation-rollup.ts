import { everyProfileItems, type AssessmentItem, type ProfilesAndCatalogue } from './assessment-items';
import { combineEntries, type Combined, type FileOutcome } from './organisation-combine';
import { rankItemShortfalls, type ItemShortfall } from './organisation-aggregate';
import { personRow, type PersonRow } from './organisation-people';
import type { Level } from './rating-scale';

/** The organisation's roll-up: one row per person, the item ranking, and what happened to every file. */
export interface Rollup extends Omit<Combined<PersonRow>, 'entries'> {
  people: PersonRow[];
  ranking: ItemShortfall[];
  files: number;
}

type ItemsByProfile = Readonly<Record<string, readonly AssessmentItem[]>>;

/** Each profile's items, in the circular's order. */
export function itemsByProfile(library: ProfilesAndCatalogue): Record<string, AssessmentItem[]> {
  return Object.fromEntries(everyProfileItems(library).map(({ profile, items }) => [profile.id, items]));
}

/**
 * One file's assessments turned into people's rows (each through the gap screen's analysis). Done file by file, so
 * that several workers can share the work before the rows are combined.
 */
export function personRowsOf(outcome: FileOutcome, input: { items: ItemsByProfile; defaultTarget: Level; today: string }): FileOutcome<PersonRow> {
  if (!outcome.ok) return outcome;
  return { ...outcome, assessments: outcome.assessments.map((assessment) => personRow(assessment, input.items[assessment.profileId] ?? [], { source: outcome.file, defaultTarget: input.defaultTarget, today: input.today })) };
}

/** Combines the people's rows of every file (the newer copy of a duplicate) and ranks the items they are short on. */
export function rollUpRows(outcomes: readonly FileOutcome<PersonRow>[], items: ItemsByProfile): Rollup {
  const { entries, ...rest } = combineEntries(outcomes, (person) => ({ id: person.id, updatedAt: person.updatedAt, name: person.name }));
  const people = entries.map(({ entry }) => entry);
  return { ...rest, people, ranking: rankItemShortfalls(people, items), files: outcomes.length };
}

/** Combines the files read into the roll-up (assessments whose profile is unknown are refused earlier, by import). */
export function rollUp(outcomes: readonly FileOutcome[], input: { items: ItemsByProfile; defaultTarget: Level; today: string }): Rollup {
  return rollUpRows(
    outcomes.map((outcome) => personRowsOf(outcome, input)),
    input.items,
  );
}
