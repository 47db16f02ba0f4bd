import type { ReadinessGroup } from '../../domain/gaps';
import type { ItemShortfall } from '../../domain/organisation-aggregate';
import type { PersonSummary } from '../../domain/organisation-people';
import { formatBuddhistEraDigits } from '../../domain/calendar-date';

const statusNames = { acquired: 'มีครบแล้ว / all acquired', 'on-track': 'ยังอยู่ในกำหนด / on track', 'due-soon': 'ใกล้ครบกำหนด / due soon', overdue: 'เกินกำหนด / overdue' };
const groupNames: Record<string, string> = { knowledge: 'ความรู้ / Knowledge', experience: 'ประสบการณ์ / Experience', behavioural: 'สมรรถนะ / Behavioural' };
const share = (value: number | null | undefined) => (value === null || value === undefined ? '' : Math.round(value * 1000) / 10);
const dates = (iso: string | undefined) => (iso ? [formatBuddhistEraDigits(iso), iso] : ['', '']);
const dateHeadings = (thai: string, english: string) => [`${thai} (พ.ศ.) / ${english} (BE)`, `${thai} (ค.ศ.) / ${english} (ISO)`];

/** The two dates every CSV states on each row (so that they survive a filter or a pivot in Excel). */
export interface CsvDates {
  /** The newest assessment date in the data ("ข้อมูล ณ"). */
  dataAsOf: string | null;
  /** The day the days left, deadlines and statuses were computed for. */
  today: string;
}
const datesHeadings = [...dateHeadings('ข้อมูล ณ', 'Data as of'), ...dateHeadings('คำนวณ ณ', 'Computed on')];
const datesCells = ({ dataAsOf, today }: CsvDates) => [...dates(dataAsOf ?? undefined), ...dates(today)];

const basisNames = { alone: 'การประเมินเดียว / one assessment', 'name-and-agency': 'ชื่อและหน่วยงานตรงกัน / same name and agency', 'name-and-role': 'ชื่อและบทบาทตรงกัน / same name and role', joined: 'รวมโดยผู้ใช้ / joined by the user' };

/**
 * The people table for a spreadsheet, one row a person (their latest assessment; the earlier ones named in the last
 * columns): identity columns first, dates in the Buddhist Era and ISO, readiness in %.
 */
export function peopleCsvRows(people: readonly PersonSummary[], groups: readonly ReadinessGroup[], roleOf: (profileId: string) => string, when: CsvDates): (string | number)[][] {
  const header = [
    'รหัสการประเมิน / Assessment id',
    'ไฟล์ / File',
    'ชื่อ / Name',
    'ตำแหน่ง / Position',
    'หน่วยงาน / Agency',
    'บทบาท / Role',
    ...dateHeadings('วันแต่งตั้ง', 'Appointed'),
    ...dateHeadings('วันที่ประเมิน', 'Assessed'),
    'ความพร้อม % / Readiness %',
    ...groups.map((group) => `${groupNames[group] ?? group} %`),
    'รายการที่ต่ำกว่าที่คาดหวัง / Items below target',
    'ประสบการณ์ * ที่ยังไม่มี / Starred experience outstanding',
    'ประสบการณ์ * ทั้งหมด / Starred experience required',
    ...dateHeadings('กำหนดที่ใกล้ที่สุด', 'Nearest deadline'),
    'วันที่เหลือ / Days left',
    'สถานะ / Status',
    'จำนวนการประเมิน / Assessments',
    'จับคู่โดย / Matched by',
    'การประเมินก่อนหน้า (วันที่ รหัส) / Earlier assessments (date, id)',
    ...datesHeadings,
  ];
  const rows = people.map((person) => [
    person.id,
    person.source,
    person.name,
    person.position,
    person.agency,
    roleOf(person.profileId),
    ...dates(person.appointedOn),
    ...dates(person.assessedOn),
    share(person.overall),
    ...groups.map((group) => share(person.groups[group])),
    person.belowTarget,
    person.starredOutstanding,
    person.starredTotal,
    ...dates(person.nearestDeadline?.date),
    person.nearestDeadline?.daysLeft ?? '',
    statusNames[person.status],
    person.earlier.length + 1,
    basisNames[person.basis],
    person.earlier.map((earlier) => `${earlier.assessedOn} ${earlier.id}`).join('; '),
    ...datesCells(when),
  ]);
  return [header, ...rows];
}

/** The item ranking for a spreadsheet: identity columns (key, code, titles) then the counts and gaps. */
export function rankingCsvRows(ranking: readonly ItemShortfall[], when: CsvDates): (string | number)[][] {
  const header = [
    'อันดับ / Rank',
    'รหัสรายการ / Item key',
    'รหัส / Code',
    'ชื่อ (ไทย)',
    'Title (English)',
    'จำนวนผู้ที่ต้องมี / People who need it',
    'จำนวนผู้ที่ต่ำกว่าที่คาดหวัง / People below target',
    'ช่องว่างรวม (ระดับ) / Total gap (levels)',
    'ช่องว่างเฉลี่ย (ระดับ) / Mean gap (levels)',
    ...datesHeadings,
  ];
  const round = (value: number) => Math.round(value * 100) / 100;
  return [header, ...ranking.map((entry, index) => [index + 1, entry.item.key, entry.item.code, entry.item.title.th, entry.item.title.en, entry.required, entry.below, round(entry.totalGap), round(entry.meanGap), ...datesCells(when)])];
}
