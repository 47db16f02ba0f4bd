import { inBothLanguages } from '../../i18n/both-languages';
import { deadlineMessages, type DeadlineMessageKey } from '../../i18n/deadline-messages';
import type { Messages } from '../../i18n/translate';

/** The organisation CSVs' headings and words, Thai first: each cell gives both, "ชื่อ / Name". */
const th = {
  'orgCsv.id': 'รหัสการประเมิน',
  'orgCsv.file': 'ไฟล์',
  'orgCsv.name': 'ชื่อ',
  'orgCsv.position': 'ตำแหน่ง',
  'orgCsv.agency': 'หน่วยงาน',
  'orgCsv.role': 'บทบาท',
  'orgCsv.appointedBe': 'วันแต่งตั้ง (พ.ศ.)',
  'orgCsv.appointedIso': 'วันแต่งตั้ง (ค.ศ.)',
  'orgCsv.assessedBe': 'วันที่ประเมิน (พ.ศ.)',
  'orgCsv.assessedIso': 'วันที่ประเมิน (ค.ศ.)',
  'orgCsv.readiness': 'ความพร้อม %',
  'orgCsv.group.knowledge': 'ความรู้',
  'orgCsv.group.experience': 'ประสบการณ์',
  'orgCsv.group.behavioural': 'สมรรถนะ',
  'orgCsv.belowTarget': 'รายการที่ต่ำกว่าที่คาดหวัง',
  'orgCsv.starredOutstanding': 'ประสบการณ์ * ที่ยังไม่มี',
  'orgCsv.starredRequired': 'ประสบการณ์ * ทั้งหมด',
  'orgCsv.deadlineBe': 'กำหนดที่ใกล้ที่สุด (พ.ศ.)',
  'orgCsv.deadlineIso': 'กำหนดที่ใกล้ที่สุด (ค.ศ.)',
  'orgCsv.daysLeft': 'วันที่เหลือ',
  'orgCsv.status': 'สถานะ',
  'orgCsv.assessments': 'จำนวนการประเมิน',
  'orgCsv.matchedBy': 'จับคู่โดย',
  'orgCsv.earlier': 'การประเมินก่อนหน้า (วันที่ รหัส)',
  'orgCsv.basis.alone': 'การประเมินเดียว',
  'orgCsv.basis.name-and-agency': 'ชื่อและหน่วยงานตรงกัน',
  'orgCsv.basis.name-and-role': 'ชื่อและบทบาทตรงกัน',
  'orgCsv.basis.joined': 'รวมโดยผู้ใช้',
  'orgCsv.status.acquired': 'มีครบแล้ว',
  'orgCsv.rank': 'อันดับ',
  'orgCsv.itemKey': 'รหัสรายการ',
  'orgCsv.code': 'รหัส',
  'orgCsv.titleTh': 'ชื่อ (ไทย)',
  'orgCsv.titleEn': 'Title (English)',
  'orgCsv.required': 'จำนวนผู้ที่ต้องมี',
  'orgCsv.below': 'จำนวนผู้ที่ต่ำกว่าที่คาดหวัง',
  'orgCsv.totalGap': 'ช่องว่างรวม (ระดับ)',
  'orgCsv.meanGap': 'ช่องว่างเฉลี่ย (ระดับ)',
} as const;

const en: Record<keyof typeof th, string> = {
  'orgCsv.id': 'Assessment id',
  'orgCsv.file': 'File',
  'orgCsv.name': 'Name',
  'orgCsv.position': 'Position',
  'orgCsv.agency': 'Agency',
  'orgCsv.role': 'Role',
  'orgCsv.appointedBe': 'Appointed (BE)',
  'orgCsv.appointedIso': 'Appointed (ISO)',
  'orgCsv.assessedBe': 'Assessed (BE)',
  'orgCsv.assessedIso': 'Assessed (ISO)',
  'orgCsv.readiness': 'Readiness %',
  'orgCsv.group.knowledge': 'Knowledge',
  'orgCsv.group.experience': 'Experience',
  'orgCsv.group.behavioural': 'Behavioural',
  'orgCsv.belowTarget': 'Items below target',
  'orgCsv.starredOutstanding': 'Starred experience outstanding',
  'orgCsv.starredRequired': 'Starred experience required',
  'orgCsv.deadlineBe': 'Nearest deadline (BE)',
  'orgCsv.deadlineIso': 'Nearest deadline (ISO)',
  'orgCsv.daysLeft': 'Days left',
  'orgCsv.status': 'Status',
  'orgCsv.assessments': 'Assessments',
  'orgCsv.matchedBy': 'Matched by',
  'orgCsv.earlier': 'Earlier assessments (date, id)',
  'orgCsv.basis.alone': 'one assessment',
  'orgCsv.basis.name-and-agency': 'same name and agency',
  'orgCsv.basis.name-and-role': 'same name and role',
  'orgCsv.basis.joined': 'joined by the user',
  'orgCsv.status.acquired': 'all acquired',
  'orgCsv.rank': 'Rank',
  'orgCsv.itemKey': 'Item key',
  'orgCsv.code': 'Code',
  'orgCsv.titleTh': 'ชื่อ (ไทย)',
  'orgCsv.titleEn': 'Title (English)',
  'orgCsv.required': 'People who need it',
  'orgCsv.below': 'People below target',
  'orgCsv.totalGap': 'Total gap (levels)',
  'orgCsv.meanGap': 'Mean gap (levels)',
};

export type OrganisationCsvMessageKey = keyof typeof th;
export const organisationCsvMessages: Messages<OrganisationCsvMessageKey> = { th, en };

/** A cell's words in both languages. */
export const csvWords = (key: OrganisationCsvMessageKey) => inBothLanguages(organisationCsvMessages, key);
/** A deadline's words in both languages, as the screens say them (i18n/deadline-messages.ts). */
export const csvDeadlineWords = (key: DeadlineMessageKey) => inBothLanguages(deadlineMessages, key);
