import { listAssessmentItems, type AssessmentItem } from './assessment-items';
import type { Catalogue } from './catalogue';
import { combineAssessments, type CombinedAssessments, type FileOutcome } from './organisation-combine';
import { rankItemShortfalls, type ItemShortfall } from './organisation-aggregate';
import { personRow, type PersonRow } from './organisation-people';
import type { Level } from './rating-scale';
import type { RoleProfile } from './role-profile';

/** The organisation's roll-up: one row per person, the item ranking, and what happened to every file. */
export interface Rollup extends Omit<CombinedAssessments, 'assessments'> {
  people: PersonRow[];
  ranking: ItemShortfall[];
  files: number;
}

/** Each profile's items, in the circular's order. */
export function itemsByProfile(profiles: readonly RoleProfile[], catalogue: Catalogue): Record<string, AssessmentItem[]> {
  return Object.fromEntries(profiles.map((profile) => [profile.id, listAssessmentItems(profile, catalogue)]));
}

/** Combines the files read into the roll-up (assessments whose profile is unknown are refused earlier, by import). */
export function rollUp(outcomes: readonly FileOutcome[], input: { items: Readonly<Record<string, readonly AssessmentItem[]>>; defaultTarget: Level; today: string }): Rollup {
  const { assessments, ...rest } = combineAssessments(outcomes);
  const people = assessments.map(({ assessment, file }) =>
    personRow(assessment, input.items[assessment.profileId] ?? [], { source: file, defaultTarget: input.defaultTarget, today: input.today }),
  );
  return { ...rest, people, ranking: rankItemShortfalls(people, input.items), files: outcomes.length };
}
