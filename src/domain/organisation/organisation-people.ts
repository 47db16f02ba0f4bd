import type { Assessment } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import type { DeadlineStatus } from '../calendar/deadlines';
import type { ActionStatus } from '../assessment/development-action';
import { analyseGaps, type ReadinessGroup } from '../scoring/gaps';
import { nameWithoutTitle } from './organisation-names';
import { evidenceCount } from './organisation-record';
import type { AssessmentRef, MatchBasis } from './organisation-persons';
import { itemsNeedingPlan, servedItemKeys } from '../scoring/plan';
import type { Level } from '../profile/rating-scale';
import { isAcquired, standingStatus } from '../scoring/scoring';
import { composedThai } from '../shared/thai-text';

/** One item a person is short on: its key, the gap in levels (what the gap screen shows for it) and the target. */
export interface PersonShortfall {
  key: string;
  gap: number;
  /** The level the gap is counted up to: what a resource's level is measured against (training-needs.ts). */
  target: number;
}

/** An item the person's plan serves: the status and target date of the first action serving it that is not done (or of a done one). */
export interface PlannedItem {
  key: string;
  status: ActionStatus;
  targetOn: string;
}

/** One assessment of the organisation roll-up: who it is and what their gap screen says, nothing recomputed. */
export interface PersonRow {
  /** The assessment's id: the same id in two files is the same assessment. */
  id: string;
  /** The file the assessment was read from. */
  source: string;
  name: string;
  /** The name without its titles (นาย, ดร., ว่าที่ร้อยตรี…): what names are sorted by. */
  sortName: string;
  position: string;
  agency: string;
  profileId: Assessment['profileId'];
  appointedOn: string;
  assessedOn: string;
  updatedAt: string;
  overall: number | null;
  /** Readiness by group, for the groups the person's profile has (null: nothing rated in it). */
  groups: Partial<Record<ReadinessGroup, number | null>>;
  /** By group, as `groups`: how many of its items the person rated, of how many ("rated x of y" on the gap screen). */
  groupRated: Partial<Record<ReadinessGroup, readonly [rated: number, total: number]>>;
  rated: number;
  total: number;
  belowTarget: number;
  starredTotal: number;
  starredOutstanding: number;
  nearestDeadline: { date: string; daysLeft: number; status: DeadlineStatus } | null;
  /** Where the person's starred experience stands: the nearest deadline's status, or acquired when none is outstanding. */
  status: DeadlineStatus;
  shortfalls: PersonShortfall[];
  /** The keys of the items not rated (apart from met: an unrated item has no gap). */
  unrated: string[];
  /** The items some action of the plan serves. */
  served: PlannedItem[];
  /** Items that need a plan (below target, or starred experience outstanding) that no action serves: the plan screen's warning. */
  unplanned: number;
  /** Of those, starred experience outstanding. */
  starredUnplanned: number;
  /** How many evidence files the assessment names (issue 27): counted from the file read, never the files themselves. */
  evidence: number;
}

/**
 * One person of the roll-up: the row of their latest assessment (which every figure counts), their earlier
 * assessments (latest first), and why their assessments were taken as one person's (decision 021).
 */
export interface Person extends PersonRow {
  earlier: AssessmentRef[];
  basis: MatchBasis;
}

/** A person without the per-item lists: all that the tables, the buckets and the counts read. */
export type PersonSummary = Omit<Person, 'shortfalls' | 'unrated'>;

/** Whether action `a` says more about an item than `b`: one not done before one done, then the earlier target. */
function saysMore(a: PlannedItem, b: PlannedItem): boolean {
  if ((a.status === 'done') !== (b.status === 'done')) return b.status === 'done';
  return a.targetOn < b.targetOn;
}

/** For each item an action serves, the action that says most about it. */
function plannedItems(actions: NonNullable<Assessment['actions']>): PlannedItem[] {
  const byKey = new Map<string, PlannedItem>();
  for (const { serves, status, targetOn } of actions) {
    for (const key of serves) {
      const known = byKey.get(key);
      const planned = { key, status, targetOn };
      if (!known || saysMore(planned, known)) byKey.set(key, planned);
    }
  }
  return [...byKey.values()];
}

/** A person's row, from their assessment and their profile's items, through the gap screen's own analysis. */
export function personRow(assessment: Assessment, items: readonly AssessmentItem[], input: { source: string; defaultTarget: Level; today: string }): PersonRow {
  const analysis = analyseGaps(items, assessment, { defaultTarget: input.defaultTarget, today: input.today });
  const groups: PersonRow['groups'] = {};
  const groupRated: PersonRow['groupRated'] = {};
  for (const entry of analysis.groups) {
    groups[entry.group] = entry.readiness.readiness;
    groupRated[entry.group] = [entry.readiness.rated, entry.readiness.total];
  }
  const { appointee } = assessment;
  const served = servedItemKeys(assessment.actions ?? []);
  const open = itemsNeedingPlan(items, assessment, input.defaultTarget).filter((item) => !served.has(item.key));
  return {
    id: assessment.id,
    source: input.source,
    // As written once read (thai-text.ts: sara am in one mark), so that two spellings of one name show and sort as one.
    name: composedThai(appointee.name),
    sortName: nameWithoutTitle(appointee.name),
    position: composedThai(appointee.position),
    agency: composedThai(appointee.agency),
    profileId: assessment.profileId,
    appointedOn: appointee.appointedOn,
    assessedOn: appointee.assessedOn,
    updatedAt: assessment.updatedAt,
    overall: analysis.overall.readiness,
    groups,
    groupRated,
    rated: analysis.overall.rated,
    total: analysis.overall.total,
    belowTarget: analysis.belowTarget,
    starredTotal: analysis.starred.total,
    starredOutstanding: analysis.starred.outstanding,
    nearestDeadline: analysis.starred.nearestDeadline,
    status: analysis.starred.nearestDeadline?.status ?? 'acquired',
    shortfalls: analysis.standings.flatMap((standing) =>
      standing.rated && standingStatus(standing) === 'below' ? [{ key: standing.item.key, gap: standing.gap, target: standing.target }] : [],
    ),
    unrated: analysis.standings.flatMap((standing) => (standing.rated ? [] : [standing.item.key])),
    served: plannedItems(assessment.actions ?? []),
    unplanned: open.length,
    starredUnplanned: open.filter((item) => item.kind === 'experience' && item.starred && !isAcquired(assessment.experience[item.id])).length,
    evidence: evidenceCount(assessment),
  };
}

/** The person without the per-item lists, for the page (they travel apart, as a matrix). */
export function personSummary(person: Person): PersonSummary {
  const summary: PersonSummary & Partial<Pick<PersonRow, 'shortfalls' | 'unrated'>> = { ...person };
  delete summary.shortfalls;
  delete summary.unrated;
  return summary;
}
