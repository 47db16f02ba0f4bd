import type { AssessmentCsvWords } from '../domain/files/assessment-csv';
import { inBothLanguages } from './both-languages';
import type { Messages } from './translate';

/**
 * The words of the assessment's CSV for HR, Thai first. The sheet reads in either language: a cell gives both,
 * "ชื่อ-นามสกุล / Name", or one text where the two are the same ("Appointed (ISO)").
 */
const th = {
  'csv.name': 'ชื่อ-นามสกุล',
  'csv.position': 'ตำแหน่ง',
  'csv.agency': 'หน่วยงาน',
  'csv.role': 'บทบาท',
  'csv.appointedBe': 'วันที่ได้รับแต่งตั้ง (พ.ศ.)',
  'csv.appointedIso': 'Appointed (ISO)',
  'csv.assessedBe': 'วันที่ประเมิน (พ.ศ.)',
  'csv.assessedIso': 'Assessed (ISO)',
  'csv.section': 'ส่วน',
  'csv.code': 'รหัส',
  'csv.titleTh': 'ชื่อ (ไทย)',
  'csv.titleEn': 'Title (English)',
  'csv.target': 'ระดับที่คาดหวัง',
  'csv.rating': 'ระดับที่ประเมิน',
  'csv.gap': 'ช่องว่าง',
  'csv.status': 'สถานะ',
  'csv.deadlineBe': 'กำหนด (พ.ศ.)',
  'csv.deadlineIso': 'Deadline (ISO)',
  'csv.note': 'หมายเหตุ',
  'csv.section.units': 'ความสามารถ',
  'csv.section.knowledge': 'ความรู้',
  'csv.section.experience': 'ประสบการณ์',
  'csv.section.behavioural': 'สมรรถนะ',
  'csv.standing.unrated': 'ยังไม่ประเมิน',
  'csv.standing.below': 'ต่ำกว่าที่คาดหวัง',
  'csv.standing.met': 'ได้ตามที่คาดหวัง',
  'csv.experience.none': 'ยังไม่มี',
  'csv.experience.some': 'มีบางส่วน',
  'csv.experience.yes': 'มีแล้ว',
  'csv.missing.all': 'ขาดทั้งหมด',
  'csv.missing.part': 'ขาดบางส่วน',
  'csv.acquired': 'ได้มาเมื่อ',
} as const;

const en: Record<keyof typeof th, string> = {
  'csv.name': 'Name',
  'csv.position': 'Position',
  'csv.agency': 'Agency',
  'csv.role': 'Role',
  'csv.appointedBe': 'Appointed (BE)',
  'csv.appointedIso': 'Appointed (ISO)',
  'csv.assessedBe': 'Assessed (BE)',
  'csv.assessedIso': 'Assessed (ISO)',
  'csv.section': 'Section',
  'csv.code': 'Code',
  'csv.titleTh': 'ชื่อ (ไทย)',
  'csv.titleEn': 'Title (English)',
  'csv.target': 'Target',
  'csv.rating': 'Rating',
  'csv.gap': 'Gap',
  'csv.status': 'Status',
  'csv.deadlineBe': 'Deadline (BE)',
  'csv.deadlineIso': 'Deadline (ISO)',
  'csv.note': 'Note',
  'csv.section.units': 'Competency units',
  'csv.section.knowledge': 'Knowledge',
  'csv.section.experience': 'Experience',
  'csv.section.behavioural': 'Behavioural competencies',
  'csv.standing.unrated': 'not rated',
  'csv.standing.below': 'below target',
  'csv.standing.met': 'meets target',
  'csv.experience.none': 'none',
  'csv.experience.some': 'some',
  'csv.experience.yes': 'yes',
  'csv.missing.all': 'missing',
  'csv.missing.part': 'partly missing',
  'csv.acquired': 'acquired',
};

export type AssessmentCsvMessageKey = keyof typeof th;
export const assessmentCsvMessages: Messages<AssessmentCsvMessageKey> = { th, en };

const both = (key: AssessmentCsvMessageKey) => inBothLanguages(assessmentCsvMessages, key);

/** The headings and words of the assessment's CSV (domain/files/assessment-csv.ts writes the rows). */
export const assessmentCsvWords: AssessmentCsvWords = {
  header: (
    [
      'csv.name',
      'csv.position',
      'csv.agency',
      'csv.role',
      'csv.appointedBe',
      'csv.appointedIso',
      'csv.assessedBe',
      'csv.assessedIso',
      'csv.section',
      'csv.code',
      'csv.titleTh',
      'csv.titleEn',
      'csv.target',
      'csv.rating',
      'csv.gap',
      'csv.status',
      'csv.deadlineBe',
      'csv.deadlineIso',
      'csv.note',
    ] as const
  ).map(both),
  section: {
    units: both('csv.section.units'),
    knowledge: both('csv.section.knowledge'),
    experience: both('csv.section.experience'),
    behavioural: both('csv.section.behavioural'),
  },
  standing: { unrated: both('csv.standing.unrated'), below: both('csv.standing.below'), met: both('csv.standing.met') },
  experience: { none: both('csv.experience.none'), some: both('csv.experience.some'), yes: both('csv.experience.yes') },
  missing: { all: both('csv.missing.all'), part: both('csv.missing.part') },
  acquired: both('csv.acquired'),
};
