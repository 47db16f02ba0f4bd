import type { Assessment } from './assessment';
import type { AssessmentItem, AssessmentSection } from './assessment-items';
import { experienceDeadline } from './deadlines';
import { itemStanding } from './gaps';
import type { Level } from './rating-scale';

/** Column headings in Thai and English, so the sheet reads in either. */
export const csvHeader = [
  'ส่วน / Section',
  'รหัส / Code',
  'ชื่อ (ไทย)',
  'Title (English)',
  'ระดับที่คาดหวัง / Target',
  'ระดับที่ประเมิน / Rating',
  'ช่องว่าง / Gap',
  'สถานะ / Status',
  'กำหนด / Deadline',
  'หมายเหตุ / Note',
];

const sectionNames: Record<AssessmentSection, string> = {
  units: 'ความสามารถ / Competency units',
  knowledge: 'ความรู้ / Knowledge',
  experience: 'ประสบการณ์ / Experience',
  behavioural: 'สมรรถนะ / Behavioural competencies',
};

const statusNames = { unrated: 'ยังไม่ประเมิน / not rated', below: 'ต่ำกว่าที่คาดหวัง / below target', met: 'ได้ตามที่คาดหวัง / meets target' };

/** One row per item of the assessment, for HR and spreadsheets: the figures the app shows, nothing recomputed. */
export function assessmentCsvRows(items: readonly AssessmentItem[], assessment: Assessment, defaultTarget: Level): string[][] {
  const deadline = experienceDeadline(assessment.appointee.appointedOn);
  const rows = items.map((item, index) => {
    const standing = itemStanding(item, index, assessment, defaultTarget);
    const status = !standing.rated ? statusNames.unrated : standing.gap > 0 ? statusNames.below : statusNames.met;
    if (item.kind === 'experience') {
      const record = assessment.experience[item.id];
      const note = [record?.acquiredOn ? `acquired ${record.acquiredOn}` : '', record?.evidence ?? '', record?.note ?? ''].filter(Boolean).join(' · ');
      return [sectionNames[item.section], item.code, item.title.th, item.title.en, 'yes', record?.status ?? '', standing.rated ? String(standing.gap / defaultTarget) : '', status, item.starred ? deadline : '', note];
    }
    const rating = assessment.ratings[item.key];
    return [
      sectionNames[item.section],
      item.code,
      item.title.th,
      item.title.en,
      String(standing.target),
      rating?.level === undefined ? '' : String(rating.level),
      standing.rated ? String(standing.gap) : '',
      status,
      '',
      rating?.note ?? '',
    ];
  });
  return [csvHeader, ...rows];
}
