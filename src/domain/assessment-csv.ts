import type { Assessment } from './assessment';
import type { AssessmentItem, AssessmentSection } from './assessment-items';
import { formatBuddhistEraDigits } from './calendar-date';
import { experienceDeadline } from './deadlines';
import { gapMeasure, itemStanding, standingStatus, type GapMeasure, type StandingStatus } from './scoring';
import type { Level } from './rating-scale';

/**
 * Column headings in Thai and English, so the sheet reads in either. Every row repeats who was assessed, so that HR
 * can paste many people's sheets into one; every date is given in the Buddhist Era (as Thai offices write it) and in
 * ISO (as spreadsheets sort it).
 */
export const csvHeader = [
  'ชื่อ-นามสกุล / Name',
  'ตำแหน่ง / Position',
  'หน่วยงาน / Agency',
  'บทบาท / Role',
  'วันที่ได้รับแต่งตั้ง (พ.ศ.) / Appointed (BE)',
  'Appointed (ISO)',
  'วันที่ประเมิน (พ.ศ.) / Assessed (BE)',
  'Assessed (ISO)',
  'ส่วน / Section',
  'รหัส / Code',
  'ชื่อ (ไทย)',
  'Title (English)',
  'ระดับที่คาดหวัง / Target',
  'ระดับที่ประเมิน / Rating',
  'ช่องว่าง / Gap',
  'สถานะ / Status',
  'กำหนด (พ.ศ.) / Deadline (BE)',
  'Deadline (ISO)',
  'หมายเหตุ / Note',
];

const sectionNames: Record<AssessmentSection, string> = {
  units: 'ความสามารถ / Competency units',
  knowledge: 'ความรู้ / Knowledge',
  experience: 'ประสบการณ์ / Experience',
  behavioural: 'สมรรถนะ / Behavioural competencies',
};

const statusNames: Record<StandingStatus, string> = { unrated: 'ยังไม่ประเมิน / not rated', below: 'ต่ำกว่าที่คาดหวัง / below target', met: 'ได้ตามที่คาดหวัง / meets target' };

const experienceAnswers = { none: 'ยังไม่มี / none', some: 'มีบางส่วน / some', yes: 'มีแล้ว / yes' } as const;

/** The gap as the screens and the report show it: a level figure, or for experience whether it is missing wholly or in part. */
export function gapCsvText(measure: GapMeasure | null, rated: boolean): string {
  if (!rated) return '';
  if (measure === null) return '0';
  if (measure.unit === 'levels') return String(measure.levels);
  return measure.missing === 'all' ? 'ขาดทั้งหมด / missing' : 'ขาดบางส่วน / partly missing';
}

/** One row per item of the assessment, for HR and spreadsheets: the figures the app shows, nothing recomputed. */
export function assessmentCsvRows(items: readonly AssessmentItem[], assessment: Assessment, input: { defaultTarget: Level; role: string }): string[][] {
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
    const status = statusNames[standingStatus(standing)];
    const gap = gapCsvText(gapMeasure(standing), standing.rated);
    const titles = [sectionNames[item.section], item.code, item.title.th, item.title.en];
    if (item.kind === 'experience') {
      const record = assessment.experience[item.id];
      const acquired = record?.acquiredOn ? `ได้มาเมื่อ / acquired ${formatBuddhistEraDigits(record.acquiredOn)} (${record.acquiredOn})` : '';
      const note = [acquired, record?.evidence ?? '', record?.note ?? ''].filter(Boolean).join(' · ');
      const starred = item.starred ? [formatBuddhistEraDigits(deadline), deadline] : ['', ''];
      return [...identity, ...titles, experienceAnswers.yes, record?.status ? experienceAnswers[record.status] : '', gap, status, ...starred, note];
    }
    const rating = assessment.ratings[item.key];
    return [...identity, ...titles, String(standing.target), rating?.level === undefined ? '' : String(rating.level), gap, status, '', '', rating?.note ?? ''];
  });
  return [csvHeader, ...rows];
}
