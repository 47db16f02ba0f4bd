import type { z } from 'zod/mini';
import { displayYear, isCalendarDate, monthNames } from '../calendar/calendar-date';
import type { LocalizedText } from '../shared/localized-text';

/**
 * A file's shape refused in words (issue 25): the field by its name on the form, in Thai and English, and what is
 * wrong with it, never a schema path or zod's own wording ("string ควรมีอย่างน้อย 1 ตัวอักษร").
 */

type Words = LocalizedText;
const words = (th: string, en: string): Words => ({ th, en });

/** The fields of an assessment, by their key, as the forms name them. */
const assessmentFields: Record<string, Words> = {
  id: words('รหัสการประเมิน', "the assessment's id"),
  title: words('ชื่อการประเมิน', "the assessment's name"),
  profileId: words('บทบาท', 'the role'),
  ratings: words('ผลการประเมิน', 'the ratings'),
  experience: words('ประสบการณ์', 'the experience'),
  actions: words('แผนพัฒนา', 'the development plan'),
  rounds: words('รอบการประเมินก่อนหน้า', 'the earlier rounds'),
  reviews: words('ความเห็นของผู้บังคับบัญชา', "the supervisors' reviews"),
  requests: words('คำขอให้ประเมิน', 'the review requests'),
  createdAt: words('เวลาที่สร้างการประเมิน', 'the time the assessment was made'),
  updatedAt: words('เวลาที่แก้ไขล่าสุด', 'the time it was last changed'),
  appointee: words('ข้อมูลผู้รับการประเมิน', "the appointee's details"),
};
const appointeeFields: Record<string, Words> = {
  name: words('ชื่อผู้รับการประเมิน', "the appointee's name"),
  position: words('ชื่อตำแหน่งงาน', 'the position'),
  agency: words('ชื่อส่วนราชการ', "the agency's name"),
  appointedOn: words('วันที่แต่งตั้ง', 'the appointment date'),
  assessedOn: words('วันที่ประเมิน', 'the assessment date'),
};
const ratingFields: Record<string, Words> = { level: words('ระดับที่ประเมิน', 'level'), target: words('ระดับที่คาดหวัง', 'target'), note: words('บันทึก', 'note') };
const experienceFields: Record<string, Words> = {
  status: words('สถานะ', 'status'),
  acquiredOn: words('วันที่ได้รับ', 'date acquired'),
  evidence: words('หลักฐาน', 'evidence'),
  note: words('บันทึก', 'note'),
};
const actionFields: Record<string, Words> = {
  description: words('รายละเอียด', 'description'),
  kind: words('ประเภท', 'kind'),
  serves: words('รายการที่พัฒนา', 'items it serves'),
  targetOn: words('วันที่เป้าหมาย', 'target date'),
  status: words('สถานะ', 'status'),
  doneOn: words('วันที่เสร็จ', 'date done'),
};
/** The envelope's fields. */
const envelopeFields: Record<string, Words> = {
  format: words('ชนิดของไฟล์', 'the kind of file'),
  schemaVersion: words('รุ่นข้อมูล', 'the data version'),
  appVersion: words('รุ่นของแอปที่ส่งออก', 'the version of the app that exported it'),
  exportedAt: words('เวลาที่ส่งออก', 'the time it was exported'),
  assessments: words('รายการการประเมิน', 'the list of assessments'),
};
const somePart = words('ข้อมูลส่วนหนึ่งในไฟล์', 'a part of the file');

const join = (a: Words, b: Words, separator = ' '): Words => ({ th: `${a.th}${separator}${b.th}`, en: `${a.en}${separator}${b.en}` });
const itemCode = (key: PropertyKey) => String(key).replace(/^[a-z]+:/, '');

/** The field at `path` inside an assessment, by name: "วันที่แต่งตั้ง", "DG100: ระดับที่ประเมิน", "แผนพัฒนา ข้อ 2: วันที่เป้าหมาย". */
export function assessmentFieldName(path: readonly PropertyKey[]): Words {
  const [first, second, third] = path;
  const key = String(first ?? '');
  if (key === 'appointee')
    return second === undefined ? (assessmentFields.appointee ?? somePart) : (appointeeFields[String(second)] ?? assessmentFields.appointee ?? somePart);
  if (key === 'ratings' && second !== undefined)
    return {
      th: `${itemCode(second)}: ${ratingFields[String(third)]?.th ?? 'ผลการประเมิน'}`,
      en: `${itemCode(second)}: ${ratingFields[String(third)]?.en ?? 'rating'}`,
    };
  if (key === 'experience' && second !== undefined)
    return {
      th: `ประสบการณ์ ${String(second)}: ${experienceFields[String(third)]?.th ?? 'ข้อมูล'}`,
      en: `experience ${String(second)}: ${experienceFields[String(third)]?.en ?? 'record'}`,
    };
  if (key === 'actions' && typeof second === 'number') {
    const field = actionFields[String(third)];
    return { th: `แผนพัฒนา ข้อ ${second + 1}${field ? `: ${field.th}` : ''}`, en: `development action ${second + 1}${field ? `: ${field.en}` : ''}` };
  }
  if ((key === 'rounds' || key === 'reviews' || key === 'requests') && typeof second === 'number') {
    const whole = assessmentFields[key] ?? somePart;
    const inner = third === undefined ? null : assessmentFieldName(path.slice(2));
    return { th: `${whole.th} ข้อ ${second + 1}${inner ? `: ${inner.th}` : ''}`, en: `${whole.en}, number ${second + 1}${inner ? `: ${inner.en}` : ''}` };
  }
  return assessmentFields[key] ?? somePart;
}

/**
 * The field at `path` inside a backup file: an assessment's field (with its place in the file when it is not the
 * first: most files hold one), or the envelope's.
 */
export function backupFieldName(path: readonly PropertyKey[]): Words {
  const [first, second] = path;
  if (first === 'assessments' && typeof second === 'number') {
    const field = path.length > 2 ? assessmentFieldName(path.slice(2)) : words('การประเมิน', 'the assessment');
    return second > 0 ? join(words(`การประเมินที่ ${second + 1} ในไฟล์:`, `assessment ${second + 1} in the file:`), field) : field;
  }
  return envelopeFields[String(first ?? '')] ?? somePart;
}

/** A date as written in the file, in words when it can be read at all ("30 กุมภาพันธ์ 2569"), else as written. */
function dateAsWritten(value: string, language: 'th' | 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return `"${value.slice(0, 40)}"`;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const name = monthNames(language)[month - 1];
  return name ? `${day} ${name} ${displayYear(year, language)}` : `"${value}"`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What is wrong with the field, in words, from zod's issue and the value the file holds there. */
export function issueInWords(issue: z.core.$ZodIssue, field: Words, value: unknown): Words {
  const custom = issue.code === 'custom' && issue.params && typeof issue.params === 'object' ? (issue.params as Partial<Words>) : null;
  if (custom && typeof custom.th === 'string' && typeof custom.en === 'string')
    return { th: `${field.th}: ${custom.th}`, en: `${capital(field.en)}: ${custom.en}` };
  const missing = { th: `ไม่มี${field.th}`, en: `${capital(field.en)} is missing` };
  if (value === undefined || value === null) return missing;
  if (typeof value === 'string' && value.trim() === '' && issue.code === 'too_small') return missing;
  if (issue.code === 'too_big' && typeof value === 'string')
    return { th: `${field.th}ยาวเกิน ${String(issue.maximum)} ตัวอักษร`, en: `${capital(field.en)} is longer than ${String(issue.maximum)} characters` };
  if (issue.code === 'too_big' && Array.isArray(value))
    return { th: `${field.th}มีมากเกิน ${String(issue.maximum)} รายการ`, en: `${capital(field.en)} holds more than ${String(issue.maximum)} entries` };
  if (issue.code === 'invalid_format' && typeof value === 'string' && (issue.format === 'date' || issue.format === 'datetime')) {
    const day = value.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}/.test(value) && !isCalendarDate(day))
      return { th: `${field.th} ${dateAsWritten(day, 'th')} ไม่มีอยู่จริง`, en: `${capital(field.en)}, ${dateAsWritten(day, 'en')}, does not exist` };
    return {
      th: `${field.th} ${dateAsWritten(value, 'th')} ไม่ใช่วันที่ที่แอปอ่านได้ (ปี-เดือน-วัน)`,
      en: `${capital(field.en)}, ${dateAsWritten(value, 'en')}, is not a date the app reads (year-month-day)`,
    };
  }
  if (issue.code === 'unrecognized_keys')
    return {
      th: `${field.th}มีข้อมูลที่แอปไม่รู้จัก (${issue.keys.slice(0, 3).join(', ')})`,
      en: `${capital(field.en)} holds data the app does not know (${issue.keys.slice(0, 3).join(', ')})`,
    };
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  if (issue.code === 'invalid_value') return { th: `${field.th} ${shown} ไม่ใช่ค่าที่แอปรู้จัก`, en: `${capital(field.en)} ${shown} is not a value the app knows` };
  return {
    th: `${field.th}${shown ? ` ${shown}` : ''} ไม่อยู่ในรูปแบบที่แอปอ่านได้`,
    en: `${capital(field.en)}${shown ? ` ${shown}` : ''} is not in a form the app reads`,
  };
}

/** The value at `path` inside `data`, if there is one. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod's first issue with `data`, in words, with the field named by `fieldName`; null when `data` parses. */
export function firstIssueInWords(
  schema: z.ZodMiniType,
  data: unknown,
  fieldName: (path: readonly PropertyKey[]) => Words,
): { path: readonly PropertyKey[]; message: Words } | null {
  const parsed = schema.safeParse(data);
  if (parsed.success) return null;
  const [issue] = parsed.error.issues;
  if (!issue) return null;
  // An unknown key is the object's issue: its path is the object's, and the keys are named in the message.
  return { path: issue.path, message: issueInWords(issue, fieldName(issue.path), valueAt(data, issue.path)) };
}
