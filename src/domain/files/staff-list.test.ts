import { describe, expect, it } from 'vitest';
import { readStaffListJson, readStaffListRows, staffListFormat, staffListSchemaVersion, type StaffListReading } from './staff-list';

function taken(reading: StaffListReading) {
  if (!reading.ok) throw new Error(JSON.stringify(reading.reason));
  return reading;
}
const refusal = (reading: StaffListReading) => (reading.ok ? null : 'issue' in reading.reason ? reading.reason.issue : reading.reason.key);
const fileOf = (staff: unknown[], overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ format: staffListFormat, schemaVersion: staffListSchemaVersion, staff, ...overrides });

describe('readStaffListRows', () => {
  it('reads a Thai header, joins a title and surname column to the name, and names each role by any of its words', () => {
    const reading = taken(
      readStaffListRows([
        ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'ตำแหน่ง', 'สังกัด', 'บทบาท', 'หมายเหตุ'],
        ['นาย', 'สมชาย', 'ใจดี', 'ผู้อำนวยการ', 'กรมที่ดิน', 'DCIO', ''],
        ['', '', '', '', '', '', ''],
        ['ดร.', 'สุดา', 'ศรีสุข', '', 'กรมการแพทย์', 'ผู้ช่วยผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับกระทรวงกรม', ''],
        ['', 'วิชัย มั่นคง', '', 'รองปลัด', 'กระทรวงตัวอย่าง', '', 'x'],
      ]),
    );
    expect(reading.refused).toEqual([]);
    expect(reading.ignoredColumns).toEqual(['หมายเหตุ']);
    expect(reading.staff.map(({ name, position, agency, role, place }) => [name, position, agency, role, place.th])).toEqual([
      ['นายสมชาย ใจดี', 'ผู้อำนวยการ', 'กรมที่ดิน', 'dcio', 'แถวที่ 2'],
      ['ดร.สุดา ศรีสุข', undefined, 'กรมการแพทย์', 'cio-assistant', 'แถวที่ 4'],
      ['วิชัย มั่นคง', 'รองปลัด', 'กระทรวงตัวอย่าง', undefined, 'แถวที่ 5'],
    ]);
  });

  it('reads names, positions and agencies with sara am as one mark, however it was typed (thai-text.ts)', () => {
    const reading = taken(
      readStaffListRows([
        ['ชื่อ', 'ตำแหน่ง', 'หน่วยงาน'],
        ['ทองค\u0e4d\u0e32 น\u0e4d\u0e49\u0e32ใจ', 'ผู้อ\u0e4d\u0e32นวยการ', 'กรมน\u0e33\u0e49บาดาล'],
      ]),
    );
    expect(reading.staff[0]).toMatchObject({ name: 'ทองคำ น้ำใจ', position: 'ผู้อำนวยการ', agency: 'กรมน้ำบาดาล' });
  });

  it('reads an English header in any case and spacing', () => {
    const reading = taken(
      readStaffListRows([
        ['Name', 'Position', 'AGENCY', 'Role'],
        ['Jane Smith', 'Director', 'Land Department', 'Ministry CIO'],
      ]),
    );
    expect(reading.staff[0]).toMatchObject({ name: 'Jane Smith', position: 'Director', agency: 'Land Department', role: 'mcio' });
  });

  it('lists each refused row with every reason in words, never a schema path, and takes the others', () => {
    const reading = taken(
      readStaffListRows([
        ['name', 'position', 'agency', 'role'],
        ['', 'ผู้อำนวยการ', '', 'DCIO'],
        ['สมชาย ใจดี', 'ผู้อำนวยการ', 'กรมที่ดิน', 'ผอ.'],
        ['สุดา ศรีสุข', '', 'กรมที่ดิน', ''],
      ]),
    );
    expect(reading.staff.map((entry) => entry.name)).toEqual(['สุดา ศรีสุข']);
    expect(reading.refused).toEqual([
      {
        place: { th: 'แถวที่ 2', en: 'Row 2' },
        id: null,
        reasons: [
          { th: 'ไม่มีชื่อ', en: 'The name is missing' },
          { th: 'ไม่มีชื่อส่วนราชการ', en: "The agency's name is missing" },
        ],
      },
      {
        place: { th: 'แถวที่ 3', en: 'Row 3' },
        id: 'สมชาย ใจดี',
        reasons: [{ th: 'บทบาท "ผอ." ไม่ใช่ MCIO, DCIO หรือ CIO Assistant', en: 'The role "ผอ." is not MCIO, DCIO or CIO Assistant' }],
      },
    ]);
    for (const row of reading.refused) for (const reason of row.reasons) expect(`${reason.th} ${reason.en}`).not.toMatch(/string|staff\[|\.name|invalid/);
  });

  it('refuses the whole table, in words, when it is empty, lacks the name or agency column, or has no one in it', () => {
    expect(refusal(readStaffListRows([]))).toEqual({ th: 'ไฟล์ว่าง', en: 'The file is empty' });
    expect(
      refusal(
        readStaffListRows([
          ['ชื่อ', 'ตำแหน่ง'],
          ['สมชาย', 'ผอ.'],
        ]),
      ),
    ).toEqual({ th: 'ไม่มีคอลัมน์ หน่วยงาน ในแถวแรก (หัวตาราง)', en: 'The first row (the header) has no column agency' });
    expect(
      refusal(
        readStaffListRows([
          ['name', 'agency'],
          ['', ' '],
        ]),
      ),
    ).toEqual({ th: 'ไฟล์ไม่มีรายชื่อสักแถว', en: 'The file has no person in any row' });
  });
});

describe('readStaffListJson', () => {
  it('takes the rows of a staff list in JSON and lists a refused one by its place', () => {
    const reading = taken(
      readStaffListJson(
        fileOf([
          { name: 'นายสมชาย ใจดี', agency: 'กรมที่ดิน', role: 'dcio' },
          { name: 'สุดา', agency: 'กรมที่ดิน', role: 'cio' },
        ]),
      ),
    );
    expect(reading.staff).toEqual([{ name: 'นายสมชาย ใจดี', agency: 'กรมที่ดิน', role: 'dcio', place: { th: 'รายชื่อที่ 1', en: 'Person 1' } }]);
    expect(reading.refused.map((row) => [row.place.en, row.reasons.map((reason) => reason.en)])).toEqual([
      ['Person 2', ['The role "cio" is not MCIO, DCIO or CIO Assistant']],
    ]);
  });

  it('refuses a file that is not JSON, not a staff list, newer than the app, or holds a forbidden key', () => {
    expect(refusal(readStaffListJson('name,agency'))).toBe('problem.exchange.notJson');
    expect(refusal(readStaffListJson(JSON.stringify({ format: 'cio-skills-compass-backup', staff: [] })))).toBe('problem.notAStaffList');
    expect(refusal(readStaffListJson(fileOf([{ name: 'a', agency: 'b' }], { schemaVersion: staffListSchemaVersion + 1 })))).toBe(
      'problem.exchange.newerVersion',
    );
    expect(refusal(readStaffListJson('{"format":"cio-skills-compass-staff-list","schemaVersion":1,"staff":[{"__proto__":{}}]}'))).toBe('problem.forbiddenKey');
    expect(refusal(readStaffListJson(fileOf([])))).toMatchObject({ en: expect.stringMatching(/^The list of people \(staff\)/) });
  });
});
