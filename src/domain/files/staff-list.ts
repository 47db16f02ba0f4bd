import { z } from 'zod/mini';
import { appointeeSchema } from '../assessment/assessment';
import { isRecord } from '../assessment/migrations';
import { calendarDateSchema } from '../calendar/calendar-date';
import { roleProfileIdSchema, type RoleProfileId } from '../profile/role-profile';
import type { LocalizedText } from '../shared/localized-text';
import { composedThai } from '../shared/thai-text';
import { bilingual } from '../shared/localized-issues';
import { says, type ProblemMessage } from '../shared/problem-message';
import { cellOf, headerKey, tableColumns, type ColumnNames } from '../shared/table-columns';
import { tooLargeMessage } from './file-size';
import { versionProblem } from './file-version';
import { parseGuardedJson } from './guarded-json';
import { issueInWords, valueAt } from './refusal-words';
import { rowPlace, tableBody, type RefusedRow } from './table-rows';

// The staff list (บัญชีรายชื่อ): who should have sent a file, for HR to see who has not (issue 25). A CSV file with
// Thai or English headers, or a JSON file of the same rows; each row is checked on its own, and a row refused is
// listed with its reasons in words. docs/organisation.md says how a row is matched with the people of a roll-up.

export const staffListFormat = 'cio-skills-compass-staff-list';
export const staffListSchemaVersion = 1;
/** A staff list larger than this is refused before it is read. */
export const maxStaffListBytes = 5 * 1024 * 1024;
/** The most people one staff list holds. */
export const maxStaffMembers = 20_000;

/** One person on the list: the name as HR writes it (titles may be part of it), the agency, and if known the position and role. */
// Names, positions and agencies as written once read: sara am in one mark (thai-text.ts), as the roll-up reads them.
export const staffMemberSchema = z.strictObject({
  name: appointeeSchema.shape.name.check(z.minLength(1), z.overwrite(composedThai)),
  position: z.optional(appointeeSchema.shape.position.check(z.overwrite(composedThai))),
  agency: appointeeSchema.shape.agency.check(z.overwrite(composedThai)),
  role: z.optional(roleProfileIdSchema),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;
/** A person taken from the list, with their row ("แถวที่ 5") for HR to find them in the file. */
export type StaffEntry = StaffMember & { place: LocalizedText };

const staffListHeading = {
  format: z.literal(staffListFormat),
  schemaVersion: z.literal(staffListSchemaVersion),
  /** The agency that drew up the list, as it names itself. */
  agency: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  issuedOn: z.optional(calendarDateSchema),
};
/** The file in JSON as the app first checks it: the rows are then checked one by one. */
const staffListFileSchema = z.strictObject({ ...staffListHeading, staff: z.array(z.unknown()).check(z.minLength(1), z.maxLength(maxStaffMembers)) });
/** The same file as published for other tools (docs/schemas): each row described. */
export const publishedStaffListSchema = z.strictObject({
  ...staffListHeading,
  staff: z.array(staffMemberSchema).check(z.minLength(1), z.maxLength(maxStaffMembers)),
});

/** What a staff list gave: the people taken and the rows refused; or why the whole file was refused. */
export type StaffListReading = { ok: true; staff: StaffEntry[]; refused: RefusedRow[]; ignoredColumns: string[] } | { ok: false; reason: ProblemMessage };

/** The columns of a staff list, by the names a header may give them; a title or surname column is joined to the name. */
export const staffColumns = {
  name: { th: 'ชื่อ', en: 'name', also: ['ชื่อ-สกุล', 'ชื่อ-นามสกุล', 'ชื่อสกุล', 'full name', 'ชื่อผู้รับการประเมิน', 'first name', 'ชื่อต้น'] },
  position: { th: 'ตำแหน่ง', en: 'position', also: ['ชื่อตำแหน่ง', 'ตำแหน่งงาน', 'job title'] },
  agency: { th: 'หน่วยงาน', en: 'agency', also: ['ส่วนราชการ', 'สังกัด', 'ชื่อส่วนราชการ', 'department', 'organisation', 'organization'] },
  role: { th: 'บทบาท', en: 'role', also: ['cio role', 'ประเภท cio'] },
  title: { th: 'คำนำหน้าชื่อ', en: 'title', also: ['คำนำหน้า', 'prefix'] },
  surname: { th: 'นามสกุล', en: 'surname', also: ['last name', 'family name', 'สกุล'] },
} satisfies Record<string, ColumnNames>;
type StaffColumn = keyof typeof staffColumns;
const optionalColumns: readonly StaffColumn[] = ['position', 'role', 'title', 'surname'];
const columns = tableColumns(staffColumns);

/** The words a list may use for each role: its id, abbreviation and titles in Thai and English, and shorter names HR uses. */
const roleWords: Record<RoleProfileId, readonly string[]> = {
  mcio: [
    'mcio',
    'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับกระทรวง',
    'cio กระทรวง',
    'ministry chief information officer',
    'ministry chief information officer (mcio)',
    'ministry cio',
  ],
  dcio: [
    'dcio',
    'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับกรม',
    'cio กรม',
    'department chief information officer',
    'department chief information officer (dcio)',
    'department cio',
  ],
  'cio-assistant': [
    'cio-assistant',
    'cio assistant',
    'ผู้ช่วยผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับกระทรวงกรม',
    'ผู้ช่วยผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับกระทรวง',
    'ผู้ช่วยผู้บริหารเทคโนโลยีสารสนเทศระดับสูง',
    'ผู้ช่วย cio',
    'ministry and department chief information officer assistant',
  ],
};
const roleByWord = new Map<string, RoleProfileId>(
  (Object.entries(roleWords) as [RoleProfileId, readonly string[]][]).flatMap(([role, list]) => list.map((word) => [headerKey(word), role] as const)),
);

/** The role a cell names, or the cell itself for the check to refuse. */
function roleOf(text: string): string {
  return roleByWord.get(headerKey(text)) ?? text;
}

/** The fields of a row, as the list's columns name them. */
const fieldNames: Record<string, LocalizedText> = {
  name: bilingual('ชื่อ', 'the name'),
  position: bilingual('ชื่อตำแหน่งงาน', 'the position'),
  agency: bilingual('ชื่อส่วนราชการ', "the agency's name"),
  role: bilingual('บทบาท', 'the role'),
};
const rowWords = bilingual('แถว', 'the row');

/** Every reason a row is not taken, in words: the field by its name, never a schema path. */
function rowReasons(raw: unknown): { ok: true; member: StaffMember } | { ok: false; reasons: LocalizedText[] } {
  const parsed = staffMemberSchema.safeParse(raw);
  if (parsed.success) return { ok: true, member: parsed.data };
  const reasons: LocalizedText[] = [];
  for (const issue of parsed.error.issues) {
    const field = fieldNames[String(issue.path[0] ?? '')] ?? rowWords;
    const value = valueAt(raw, issue.path);
    const reason =
      issue.path[0] === 'role' && issue.code === 'invalid_value'
        ? bilingual(
            `บทบาท "${String(value).slice(0, 60)}" ไม่ใช่ MCIO, DCIO หรือ CIO Assistant`,
            `The role "${String(value).slice(0, 60)}" is not MCIO, DCIO or CIO Assistant`,
          )
        : issueInWords(issue, field, value);
    if (!reasons.some((known) => known.en === reason.en)) reasons.push(reason);
  }
  return { ok: false, reasons };
}

function readRows(raws: readonly unknown[], placeOf: (index: number) => LocalizedText): { staff: StaffEntry[]; refused: RefusedRow[] } {
  const staff: StaffEntry[] = [];
  const refused: RefusedRow[] = [];
  raws.forEach((raw, index) => {
    const place = placeOf(index);
    const read = rowReasons(raw);
    if (read.ok) staff.push({ ...read.member, place });
    else refused.push({ place, id: isRecord(raw) && typeof raw.name === 'string' && raw.name.trim() !== '' ? raw.name.trim() : null, reasons: read.reasons });
  });
  return { staff, refused };
}

const refuseFile = (th: string, en: string): StaffListReading => ({ ok: false, reason: { issue: bilingual(th, en) } });
const tooMany = (count: number) =>
  refuseFile(
    `ไฟล์มี ${count.toLocaleString('en')} คน มากกว่า ${maxStaffMembers.toLocaleString('en')} คนที่บัญชีรายชื่อหนึ่งรับได้`,
    `The file lists ${count.toLocaleString('en')} people, more than the ${maxStaffMembers.toLocaleString('en')} a staff list takes`,
  );

/**
 * Reads a staff list in JSON. Refuses the whole file when it is over 5 MB, not JSON, holds a key such as __proto__,
 * is not a staff list, is of a newer version, or lists no one or more than 20,000; otherwise takes every row that is
 * right and lists every other with its reasons. Never throws.
 */
export function readStaffListJson(text: string): StaffListReading {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxStaffListBytes) return { ok: false, reason: tooLargeMessage(bytes, maxStaffListBytes) };
  const json = parseGuardedJson(text);
  if (!json.ok) return { ok: false, reason: says('problem.exchange.notJson') };
  if (json.unsafeKey !== null) return { ok: false, reason: says('problem.forbiddenKey', { key: json.unsafeKey }) };
  const data = json.data;
  if (!isRecord(data) || data.format !== staffListFormat) return { ok: false, reason: says('problem.notAStaffList', { format: staffListFormat }) };
  const version = versionProblem(data.schemaVersion, 1);
  if (version) return { ok: false, reason: version };
  if (typeof data.schemaVersion === 'number' && data.schemaVersion > staffListSchemaVersion)
    return { ok: false, reason: says('problem.exchange.newerVersion', { version: data.schemaVersion }) };
  if (Array.isArray(data.staff) && data.staff.length > maxStaffMembers) return tooMany(data.staff.length);
  const file = staffListFileSchema.safeParse(data);
  if (!file.success) {
    const [issue] = file.error.issues;
    const field =
      issue?.path[0] === 'staff'
        ? bilingual('รายชื่อ (staff)', 'the list of people (staff)')
        : issue?.path[0] === 'issuedOn'
          ? bilingual('วันที่ออกบัญชี', 'the date of issue')
          : bilingual('ชื่อหน่วยงานผู้จัดทำ', 'the agency that drew it up');
    return { ok: false, reason: issue ? { issue: issueInWords(issue, field, valueAt(data, issue.path)) } : says('problem.invalid') };
  }
  return { ok: true, ...readRows(file.data.staff, (index) => bilingual(`รายชื่อที่ ${index + 1}`, `Person ${index + 1}`)), ignoredColumns: [] };
}

/** One table row as the row a JSON file would give, for the same checks: a title and a surname joined to the name. */
function cellsToMember(found: ReturnType<typeof columns.columnsOf>, cells: readonly string[]): Record<string, unknown> {
  const cell = (column: StaffColumn) => cellOf(found, cells, column);
  const given = `${cell('title')}${cell('name')}`;
  const name = [given, cell('surname')].filter(Boolean).join(' ');
  return { name, ...(cell('position') ? { position: cell('position') } : {}), agency: cell('agency'), ...(cell('role') ? { role: roleOf(cell('role')) } : {}) };
}

/**
 * Reads a staff list given as a table (a CSV file's rows, the header first, its columns named in Thai or English).
 * Refuses the table when it has no name or agency column, or no row or more than 20,000; otherwise as
 * `readStaffListJson`. Blank rows are passed over.
 */
export function readStaffListRows(rows: readonly (readonly string[])[]): StaffListReading {
  const table = tableBody(rows, columns.columnsOf, (found) => columns.missingColumns(found, optionalColumns));
  if (!table.ok) return { ok: false, reason: { issue: table.reason } };
  const { columns: found, filled } = table;
  if (filled.length === 0) return refuseFile('ไฟล์ไม่มีรายชื่อสักแถว', 'The file has no person in any row');
  if (filled.length > maxStaffMembers) return tooMany(filled.length);
  const read = readRows(
    filled.map(({ cells }) => cellsToMember(found, cells)),
    (index) => rowPlace(filled[index]?.number ?? index + 2),
  );
  return { ok: true, ...read, ignoredColumns: found.ignored };
}
