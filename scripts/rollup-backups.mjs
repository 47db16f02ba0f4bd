// Realistic backup files for the organisation view's tests and benchmark: a mix of the three roles and of schema
// versions 2 to 4 (most at 4, the current one), random ratings and plans, a few duplicates, about 2% files that must be
// refused, names with their titles (นาย, นาง, นางสาว, ดร., ว่าที่ร้อยตรี…), one name per person, and about 5% of files
// holding the same person's assessment of the year before as well (a third of them in another role).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Run from the repository root, like every npm script.
const read = (name) => JSON.parse(readFileSync(join(process.cwd(), 'public/profiles', name), 'utf8'));
const catalogue = read('catalogue.json');
const profiles = ['mcio', 'dcio', 'cio-assistant'].map((id) => read(`${id}.json`));
const agencies = ['กรมการปกครอง', 'กรมสรรพากร', 'กรมบัญชีกลาง', 'กรมศุลกากร', 'กรมป่าไม้', 'กรมทางหลวง', 'กรมอนามัย', 'กรมการแพทย์', 'กรมที่ดิน', 'สำนักงานปลัดกระทรวง'];
const firstNames = [
  'สมชาย',
  'สมหญิง',
  'วิชัย',
  'มาลี',
  'ประเสริฐ',
  'สุดา',
  'อนันต์',
  'กานดา',
  'ธีระ',
  'นภา',
  'สุรชัย',
  'พรทิพย์',
  'ชัยวัฒน์',
  'วรรณา',
  'ณรงค์',
  'รัตนา',
  'สมศักดิ์',
  'จินตนา',
  'ปิยะ',
  'อรุณี',
  'กิตติ',
  'ศิริพร',
  'บุญชัย',
  'นงลักษณ์',
  'ธนพล',
];
// Surnames from two parts, so that 25 × 20 × 20 = 10,000 people each have a name of their own.
const surnameStarts = [
  'ใจ',
  'รัก',
  'มั่น',
  'ศรี',
  'วงศ์',
  'บุญ',
  'แก้ว',
  'ทอง',
  'สุข',
  'เพชร',
  'ชัย',
  'พร',
  'แสง',
  'จันทร์',
  'ธรรม',
  'เจริญ',
  'สมบูรณ์',
  'ประเสริฐ',
  'อินทร์',
  'กิจ',
];
const surnameEnds = ['ดี', 'ไทย', 'คง', 'สุข', 'ใหญ่', 'มา', 'กล้า', 'งาม', 'ศักดิ์', 'วงศ์', 'เจริญ', 'รุ่งเรือง', 'สกุล', 'พันธ์', 'ทวี', 'ชาติ', 'สวัสดิ์', 'ทอง', 'ศรี', 'วัฒนา'];
const titles = ['นาย', 'นาย', 'นาง', 'นางสาว', 'ดร.', 'ว่าที่ร้อยตรี'];

/** The person's name without a title: one of its own for each index (past 10,000, the surname takes a third part). */
function bareName(index) {
  const first = firstNames[index % firstNames.length];
  const rest = Math.floor(index / firstNames.length);
  const more = index >= 10000 ? surnameStarts[Math.floor(index / 10000) % surnameStarts.length] : '';
  return `${first} ${surnameStarts[rest % surnameStarts.length]}${surnameEnds[Math.floor(rest / surnameStarts.length) % surnameEnds.length]}${more}`;
}

/** A small seeded random generator (mulberry32), so every run builds the same files (and the benches and tests that use it). */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ratingKeys(profile) {
  const units = new Map(catalogue.units.map((unit) => [unit.code, unit]));
  return [
    ...profile.competencies.flatMap((code) => [
      `unit:${code}`,
      ...(units.get(code)?.subUnits ?? []).flatMap((sub) => sub.criteria.map((c) => `criterion:${c.code}`)),
    ]),
    ...profile.knowledge.map((item) => `knowledge:${item.id}`),
    ...profile.behavioural.map((id) => `behavioural:${id}`),
  ];
}

const isoDay = (time) => new Date(time).toISOString().slice(0, 10);

function assessment(index, rand, version, earlier = null) {
  const profile = profiles[(index + (earlier?.otherRole ? 1 : 0)) % 3];
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const appointed = Date.UTC(2023, 0, 1) + Math.floor(rand() * 1200) * 86_400_000;
  const ratings = {};
  for (const key of ratingKeys(profile)) {
    if (rand() < 0.1) continue;
    ratings[key] = { level: Math.floor(rand() * 5), ...(rand() < 0.1 ? { target: 4 } : {}) };
  }
  const experience = {};
  for (const item of profile.experience) if (rand() < 0.9) experience[item.id] = { status: pick(['none', 'some', 'yes']) };
  const id = `person-${String(index).padStart(6, '0')}${earlier ? '-2568' : ''}`;
  const appointee = {
    name: `${pick(titles)}${bareName(index)}`,
    position: pick(['ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศ', 'รองอธิบดี', 'ผู้ตรวจราชการ']),
    agency: pick(agencies),
    appointedOn: isoDay(appointed),
    assessedOn: '2026-10-01',
  };
  const result = {
    id,
    profileId: profile.id,
    // The year before: the same person and agency, assessed in fiscal year 2568 (sometimes under another title or role).
    appointee: earlier
      ? {
          ...earlier.appointee,
          ...(earlier.otherTitle ? { name: `ดร.${bareName(index)}` } : {}),
          ...(earlier.otherRole ? { appointedOn: isoDay(appointed - 800 * 86_400_000) } : {}),
          assessedOn: '2025-10-01',
        }
      : appointee,
    ratings,
    experience,
    createdAt: earlier ? '2025-10-01T03:00:00.000Z' : '2026-10-01T03:00:00.000Z',
    updatedAt: new Date(Date.UTC(earlier ? 2025 : 2026, 9, 1) + Math.floor(rand() * 50) * 86_400_000).toISOString(),
  };
  if (version >= 3) {
    const short = Object.entries(ratings)
      .filter(([, rating]) => rating.level < 3)
      .map(([key]) => key);
    result.actions = short
      .slice(0, 3)
      .map((key, at) => ({ id: `${id}-a${at}`, kind: 'course', description: `หลักสูตรพัฒนา ${key}`, targetOn: '2027-06-30', status: 'planned', serves: [key] }));
    result.rounds = [];
  }
  return result;
}

const invalidKinds = ['not-json', 'not-ours', 'newer', 'bad-rating'];

/**
 * N backup files as { name, text }: one person each, versions 2 to 4 mixed, every 50th file invalid in one of four
 * ways, (when `duplicates`) every 100th person also exported again later, and (when `otherYears`) every 20th file
 * holding the same person's assessment of the year before as well. `first` numbers the files (and their people) from
 * another index than 0: more files for a roll-up of the first ones, of other people.
 */
export function makeRollupBackups(count, { seed = 1, duplicates = true, otherYears = true, first = 0 } = {}) {
  const rand = mulberry32(seed);
  const files = [];
  for (let index = first; index < first + count; index++) {
    const name = `backup-${String(index).padStart(6, '0')}.json`;
    if (index % 50 === 49) {
      const kind = invalidKinds[((index / 50) % invalidKinds.length) | 0];
      const good = {
        format: 'cio-skills-compass-backup',
        schemaVersion: 3,
        appVersion: '0.1.0',
        exportedAt: '2026-11-01T00:00:00.000Z',
        assessments: [assessment(index, rand, 3)],
      };
      const text =
        kind === 'not-json'
          ? '{ "format": "cio-skills-compass-backup", '
          : kind === 'not-ours'
            ? JSON.stringify({ hello: 'world' })
            : kind === 'newer'
              ? JSON.stringify({ ...good, schemaVersion: 99 })
              : JSON.stringify({ ...good, assessments: [{ ...good.assessments[0], ratings: { 'unit:DG100': { level: 9 } } }] });
      files.push({ name, text });
      continue;
    }
    // Most files at the current version, as in an office that updates the app; a fifth each from the two before.
    const version = [2, 3, 4, 4, 4][Math.floor(rand() * 5)];
    const person = assessment(index, rand, version);
    const before =
      otherYears && index % 20 === 7
        ? assessment(index, rand, version, { appointee: person.appointee, otherRole: index % 60 === 7, otherTitle: index % 60 === 27 })
        : null;
    files.push({
      name,
      text: JSON.stringify({
        format: 'cio-skills-compass-backup',
        schemaVersion: version,
        appVersion: version === 2 ? '0.0.9' : version === 3 ? '0.1.0' : '0.2.0',
        exportedAt: '2026-11-01T00:00:00.000Z',
        assessments: before ? [before, person] : [person],
      }),
    });
    if (duplicates && index % 100 === 0 && files.length < count) {
      const later = { ...person, updatedAt: '2026-11-20T00:00:00.000Z' };
      files.push({
        name: `backup-${String(index).padStart(6, '0')}-again.json`,
        text: JSON.stringify({
          format: 'cio-skills-compass-backup',
          schemaVersion: 4,
          appVersion: '0.2.0',
          exportedAt: '2026-11-21T00:00:00.000Z',
          assessments: [{ actions: [], rounds: [], ...later }],
        }),
      });
      index += 1;
    }
  }
  return files;
}
