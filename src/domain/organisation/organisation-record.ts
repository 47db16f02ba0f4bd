import { z } from 'zod/mini';
import type { Assessment } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import { calendarDateSchema, timestampSchema } from '../calendar/calendar-date';
import { actionStatuses, type DevelopmentAction } from '../assessment/development-action';
import { experienceStatuses, levels, type ExperienceStatus, type Level } from '../profile/rating-scale';
import { roleProfileIdSchema } from '../profile/role-profile';

/**
 * What the roll-up keeps of one assessment it read (decision 021): who (name, position, agency, role), its dates,
 * its ratings and which items its plan serves; never a figure derived from them (readiness, days left, a status),
 * which are worked out again for the day the roll-up is opened. Notes, evidence (but how many files), action descriptions and
 * reviews are not kept. Ratings are one character an item, in the order of the kept item keys of the role (`RecordKeys`), so
 * that 10,000 people fit in the browser's storage.
 */
export const rollupRecordSchema = z.object({
  id: z.string().check(z.maxLength(64)),
  file: z.string().check(z.maxLength(1000)),
  profileId: roleProfileIdSchema,
  name: z.string().check(z.maxLength(200)),
  position: z.string().check(z.maxLength(200)),
  agency: z.string().check(z.maxLength(200)),
  appointedOn: calendarDateSchema,
  assessedOn: calendarDateSchema,
  updatedAt: timestampSchema,
  /** A level 0–4 an item, or "-" for not rated, in the order of the role's `ratings` keys. */
  levels: z.string().check(z.regex(/^[0-4-]*$/)),
  /** The item's own target 0–4, or "-" for the default; absent when every target is the default. */
  targets: z.optional(z.string().check(z.regex(/^[0-4-]*$/))),
  /** n(one), s(ome), y(es) or "-" an experience item, in the order of the role's `experience` keys. */
  experience: z.string().check(z.regex(/^[nsy-]*$/)),
  /** The plan's actions: the items each serves, its target date and status. */
  actions: z.optional(z.array(z.object({ serves: z.array(z.string().check(z.maxLength(80))), targetOn: calendarDateSchema, status: z.enum(actionStatuses) }))),
  /** How many evidence files the assessment names (issue 27); absent when none. Never the files, their names or hashes. */
  evidence: z.optional(z.int().check(z.gte(1))),
});
export type RollupRecord = z.infer<typeof rollupRecordSchema>;

/** The item keys a role's records are written in: its rated items', then its experience items' ids. */
export const recordKeysSchema = z.object({ ratings: z.array(z.string()), experience: z.array(z.string()) });
export type RecordKeys = z.infer<typeof recordKeysSchema>;

/** The keys of a role's items, in the circular's order. */
export function recordKeysOf(items: readonly AssessmentItem[]): RecordKeys {
  return {
    ratings: items.flatMap((item) => (item.kind === 'experience' ? [] : [item.key])),
    experience: items.flatMap((item) => (item.kind === 'experience' ? [item.id] : [])),
  };
}

const experienceCodes: Record<ExperienceStatus, string> = { none: 'n', some: 's', yes: 'y' };
/** A level or an item's own target as one character: its digit, or "-" for none (not rated; the default target). */
const levelCode = (level: Level | undefined) => (level === undefined ? '-' : String(level));

/** What is kept of an assessment read from `file`; `evidence` its count of evidence files (one kept before: its record's). */
export function toRecord(assessment: Assessment, file: string, keys: RecordKeys, evidence = evidenceCount(assessment)): RollupRecord {
  const { appointee } = assessment;
  const targets = keys.ratings.map((key) => levelCode(assessment.ratings[key]?.target)).join('');
  const actions = (assessment.actions ?? []).map(({ serves, targetOn, status }) => ({ serves, targetOn, status }));
  return {
    id: assessment.id,
    file,
    profileId: assessment.profileId,
    name: appointee.name,
    position: appointee.position,
    agency: appointee.agency,
    appointedOn: appointee.appointedOn,
    assessedOn: appointee.assessedOn,
    updatedAt: assessment.updatedAt,
    levels: keys.ratings.map((key) => levelCode(assessment.ratings[key]?.level)).join(''),
    ...(/^-*$/.test(targets) ? {} : { targets }),
    experience: keys.experience
      .map((id) => {
        const status = assessment.experience[id]?.status;
        return status ? experienceCodes[status] : '-';
      })
      .join(''),
    ...(actions.length > 0 ? { actions } : {}),
    ...(evidence > 0 ? { evidence } : {}),
  };
}

/** How many evidence files an assessment names, each once. */
export function evidenceCount(assessment: Pick<Assessment, 'evidence'>): number {
  return new Set((assessment.evidence ?? []).map((file) => file.id)).size;
}

const levelOf = (code: string | undefined): Level | undefined => levels.find((level) => String(level) === code);
const statusOf = (code: string | undefined): ExperienceStatus | undefined => experienceStatuses.find((status) => experienceCodes[status] === code);

/** The assessment a record stands for, as far as the roll-up reads one: enough for the gap screen's analysis and the plan's coverage. */
export function fromRecord(record: RollupRecord, keys: RecordKeys): Assessment {
  const ratings: Assessment['ratings'] = {};
  keys.ratings.forEach((key, index) => {
    const level = levelOf(record.levels[index]);
    const target = levelOf(record.targets?.[index]);
    if (level !== undefined || target !== undefined) ratings[key] = { ...(level !== undefined ? { level } : {}), ...(target !== undefined ? { target } : {}) };
  });
  const experience: Assessment['experience'] = {};
  keys.experience.forEach((id, index) => {
    const status = statusOf(record.experience[index]);
    if (status) experience[id] = { status };
  });
  const actions = (record.actions ?? []).map((action, index): DevelopmentAction => ({
    id: `kept-action-${index}`,
    kind: 'other',
    description: '-',
    ...action,
  }));
  return {
    id: record.id,
    profileId: record.profileId,
    appointee: { name: record.name, position: record.position, agency: record.agency, appointedOn: record.appointedOn, assessedOn: record.assessedOn },
    ratings,
    experience,
    actions,
    createdAt: record.updatedAt,
    updatedAt: record.updatedAt,
  };
}
