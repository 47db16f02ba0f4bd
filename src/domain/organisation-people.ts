import type { Assessment } from './assessment';
import type { AssessmentItem } from './assessment-items';
import type { DeadlineStatus } from './deadlines';
import { analyseGaps, type ReadinessGroup } from './gaps';
import type { Level } from './rating-scale';
import { standingStatus } from './scoring';

/** One item a person is short on: its key and the gap in levels (what the gap screen shows for it). */
export interface PersonShortfall {
  key: string;
  gap: number;
}

/** One person of the organisation roll-up: who they are and what their gap screen says, nothing recomputed. */
export interface PersonRow {
  /** The assessment's id: the same id in two files is the same assessment. */
  id: string;
  /** The file the assessment was read from. */
  source: string;
  name: string;
  position: string;
  agency: string;
  profileId: Assessment['profileId'];
  appointedOn: string;
  assessedOn: string;
  updatedAt: string;
  overall: number | null;
  /** Readiness by group, for the groups the person's profile has (null: nothing rated in it). */
  groups: Partial<Record<ReadinessGroup, number | null>>;
  rated: number;
  total: number;
  belowTarget: number;
  starredTotal: number;
  starredOutstanding: number;
  nearestDeadline: { date: string; daysLeft: number; status: DeadlineStatus } | null;
  /** Where the person's starred experience stands: the nearest deadline's status, or acquired when none is outstanding. */
  status: DeadlineStatus;
  shortfalls: PersonShortfall[];
}

/** A person's row without the per-item list: all that the tables, the buckets and the counts read. */
export type PersonSummary = Omit<PersonRow, 'shortfalls'>;

/** A person's row, from their assessment and their profile's items, through the gap screen's own analysis. */
export function personRow(assessment: Assessment, items: readonly AssessmentItem[], input: { source: string; defaultTarget: Level; today: string }): PersonRow {
  const analysis = analyseGaps(items, assessment, { defaultTarget: input.defaultTarget, today: input.today });
  const groups: PersonRow['groups'] = {};
  for (const entry of analysis.groups) groups[entry.group] = entry.readiness.readiness;
  const { appointee } = assessment;
  return {
    id: assessment.id,
    source: input.source,
    name: appointee.name,
    position: appointee.position,
    agency: appointee.agency,
    profileId: assessment.profileId,
    appointedOn: appointee.appointedOn,
    assessedOn: appointee.assessedOn,
    updatedAt: assessment.updatedAt,
    overall: analysis.overall.readiness,
    groups,
    rated: analysis.overall.rated,
    total: analysis.overall.total,
    belowTarget: analysis.belowTarget,
    starredTotal: analysis.starred.total,
    starredOutstanding: analysis.starred.outstanding,
    nearestDeadline: analysis.starred.nearestDeadline,
    status: analysis.starred.nearestDeadline?.status ?? 'acquired',
    shortfalls: analysis.standings.flatMap((standing) => (standing.rated && standingStatus(standing) === 'below' ? [{ key: standing.item.key, gap: standing.gap }] : [])),
  };
}

/** The row without its per-item list, for the page (the list travels apart, as a matrix). */
export function personSummary(person: PersonRow): PersonSummary {
  const summary: PersonSummary & { shortfalls?: PersonShortfall[] } = { ...person };
  delete summary.shortfalls;
  return summary;
}
