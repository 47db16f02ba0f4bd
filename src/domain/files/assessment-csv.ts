import type { Assessment } from '../assessment/assessment';
import type { AssessmentItem, AssessmentSection } from '../assessment/assessment-items';
import { formatBuddhistEraDigits } from '../calendar/calendar-date';
import { experienceDeadline } from '../calendar/deadlines';
import { gapMeasure, itemStanding, standingStatus, type GapMeasure, type StandingStatus } from '../scoring/scoring';
import type { Level } from '../profile/rating-scale';

/**
 * The words of the sheet (i18n/assessment-csv-messages.ts): the headings, and each section, standing, experience
 * answer and missing gap in Thai and English, so the sheet reads in either.
 */
export interface AssessmentCsvWords {
  header: readonly string[];
  section: Record<AssessmentSection, string>;
  standing: Record<StandingStatus, string>;
  experience: Record<'none' | 'some' | 'yes', string>;
  missing: Record<'all' | 'part', string>;
  /** Before the date an experience was acquired. */
  acquired: string;
}

/** The gap as the screens and the report show it: a level figure, or for experience whether it is missing wholly or in part. */
export function gapCsvText(measure: GapMeasure | null, rated: boolean, missing: AssessmentCsvWords['missing']): string {
  if (!rated) return '';
  if (measure === null) return '0';
  if (measure.unit === 'levels') return String(measure.levels);
  return measure.missing === 'all' ? missing.all : missing.part;
}

/**
 * One row per item of the assessment, for HR and spreadsheets: the figures the app shows, nothing recomputed. Every
 * row repeats who was assessed, so that HR can paste many people's sheets into one; every date is given in the
 * Buddhist Era (as Thai offices write it) and in ISO (as spreadsheets sort it).
 */
export function assessmentCsvRows(
  items: readonly AssessmentItem[],
  assessment: Assessment,
  input: { defaultTarget: Level; role: string; words: AssessmentCsvWords },
): string[][] {
  const { words } = input;
  const { appointee } = assessment;
  const identity = [
    appointee.name,
    appointee.position,
    appointee.agency,
    input.role,
    formatBuddhistEraDigits(appointee.appointedOn),
    appointee.appointedOn,
    formatBuddhistEraDigits(appointee.assessedOn),
    appointee.assessedOn,
  ];
  const deadline = experienceDeadline(appointee.appointedOn);
  const rows = items.map((item, index) => {
    const standing = itemStanding(item, index, assessment, input.defaultTarget);
    const status = words.standing[standingStatus(standing)];
    const gap = gapCsvText(gapMeasure(standing), standing.rated, words.missing);
    const titles = [words.section[item.section], item.code, item.title.th, item.title.en];
    if (item.kind === 'experience') {
      const record = assessment.experience[item.id];
      const acquired = record?.acquiredOn ? `${words.acquired} ${formatBuddhistEraDigits(record.acquiredOn)} (${record.acquiredOn})` : '';
      const note = [acquired, record?.evidence ?? '', record?.note ?? ''].filter(Boolean).join(' · ');
      const starred = item.starred ? [formatBuddhistEraDigits(deadline), deadline] : ['', ''];
      return [...identity, ...titles, words.experience.yes, record?.status ? words.experience[record.status] : '', gap, status, ...starred, note];
    }
    const rating = assessment.ratings[item.key];
    return [...identity, ...titles, String(standing.target), rating?.level === undefined ? '' : String(rating.level), gap, status, '', '', rating?.note ?? ''];
  });
  return [[...words.header], ...rows];
}
