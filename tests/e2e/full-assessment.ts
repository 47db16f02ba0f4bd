import { readFileSync } from 'node:fs';

/**
 * A realistic persisted state for the browser tests that print and photograph screens: one person's assessment
 * with every item of the role rated, targets of 4 here and there, notes, experience acquired or not, gaps, and a
 * plan of eight actions (some serving the starred experience), in Thai or English words.
 */
type ProfileId = 'mcio' | 'dcio' | 'cio-assistant';

interface ProfileFile {
  competencies: string[];
  knowledge: { id: string }[];
  experience: { id: string; starred?: boolean }[];
  behavioural: string[];
}

const people: Record<ProfileId, { name: string; position: string; agency: string; appointedOn: string }> = {
  dcio: { name: 'นายสมศักดิ์ เลิศล้ำวิไลพันธุ์', position: 'รองอธิบดีกรมส่งเสริมการปกครองท้องถิ่น', agency: 'กรมส่งเสริมการปกครองท้องถิ่น', appointedOn: '2025-06-16' },
  mcio: {
    name: 'นางวิภาวดี ศรีสุวรรณ์',
    position: 'รองปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม',
    agency: 'สำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม',
    appointedOn: '2025-02-03',
  },
  'cio-assistant': { name: 'นางสาวพิมพ์ใจ ทดสอบรายงาน', position: 'ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร', agency: 'กรมตัวอย่างดิจิทัล', appointedOn: '2025-10-01' },
};

const words = {
  th: {
    notes: [
      'เข้าอบรมหลักสูตร CIO รุ่นที่ 12 ของสำนักงานพัฒนารัฐบาลดิจิทัลแล้ว',
      'ได้รับมอบหมายให้เป็นประธานคณะทำงานธรรมาภิบาลข้อมูลของกรม',
      'ยังไม่เคยรับผิดชอบโดยตรง',
      'ศึกษาด้วยตนเองจากคู่มือของสำนักงาน ก.พ.',
    ],
    evidence: 'คำสั่งกรมที่ 123/2568',
    actions: [
      'หลักสูตรผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO) สำนักงานพัฒนารัฐบาลดิจิทัล',
      'เป็นประธานคณะทำงานจัดทำสถาปัตยกรรมองค์กรของกรม',
      'ศึกษาดูงานศูนย์ข้อมูลภาครัฐและระบบคลาวด์กลาง',
      'สอนงานโดย CIO ระดับกระทรวงเดือนละครั้ง',
      'อ่านคู่มือการบริหารโครงการจ้างเหมาบริการด้านดิจิทัล',
      'รับผิดชอบโครงการพัฒนาระบบบริการประชาชนแบบเบ็ดเสร็จ',
      'หมุนเวียนงานที่กองยุทธศาสตร์และแผนงาน ๓ เดือน',
      'เข้าร่วมประชุมเครือข่าย CIO ภาครัฐ',
    ],
  },
  en: {
    notes: [
      'Completed the CIO course (class 12) of the Digital Government Development Agency',
      "Chairs the department's data governance working group",
      'Never in charge of it directly',
      'Self-study with the OCSC handbook',
    ],
    evidence: 'Department order 123/2568',
    actions: [
      'Senior executive CIO course, Digital Government Development Agency',
      "Chair the working group on the department's enterprise architecture",
      'Study visit to the government data centre and cloud',
      'Monthly coaching by the ministry CIO',
      'Read the handbook on managing outsourced digital projects',
      'Lead the one-stop citizen service project',
      'Three-month rotation in the strategy and planning division',
      'Take part in the government CIO network meetings',
    ],
  },
} as const;

const kinds = ['course', 'assignment', 'study-visit', 'coaching', 'self-study', 'assignment', 'rotation', 'other'] as const;
const statuses = ['planned', 'in-progress', 'planned', 'in-progress', 'done', 'planned', 'planned', 'in-progress'] as const;

/** The entry at `index`, counting round the list again past its end. */
function cycle<T>(list: readonly T[], index: number): T {
  const entry = list[index % list.length];
  if (entry === undefined) throw new Error('cycle() over an empty list');
  return entry;
}

/** The id of the assessment `fullAssessment(profileId)` holds. */
export function fullAssessmentId(profileId: ProfileId): string {
  return `full${profileId.replace('-', '')}1`;
}

/** A persisted state (version 2, migrated on load) holding one complete assessment of `profileId`. */
export function fullAssessment(profileId: ProfileId, language: 'th' | 'en' = 'th') {
  const profile = JSON.parse(readFileSync(new URL(`../../public/profiles/${profileId}.json`, import.meta.url), 'utf8')) as ProfileFile;
  const { notes, evidence, actions } = words[language];
  const ratings: Record<string, { level: number; target?: number; note?: string }> = {};
  profile.competencies.forEach((code, index) => {
    ratings[`unit:${code}`] = {
      level: cycle([3, 2, 4, 1, 2, 3, 0, 2], index),
      ...(index % 5 === 0 ? { target: 4 } : {}),
      ...(index % 3 === 0 ? { note: notes[index % 4] } : {}),
    };
  });
  if (profile.competencies.includes('SPM300')) {
    ['SPM304.1', 'SPM304.2', 'SPM304.3', 'SPM304.4'].forEach((code, index) => (ratings[`criterion:${code}`] = { level: cycle([2, 1, 3, 2], index) }));
  }
  profile.knowledge.forEach(
    (item, index) => (ratings[`knowledge:${item.id}`] = { level: cycle([2, 3, 1, 4, 2], index), ...(index % 4 === 1 ? { note: notes[(index + 1) % 4] } : {}) }),
  );
  profile.behavioural.forEach((id, index) => (ratings[`behavioural:${id}`] = { level: cycle([3, 2, 3, 1], index), note: notes[(index + 2) % 4] }));
  const experience = Object.fromEntries(
    profile.experience.map((item, index) => {
      const status = item.starred ? (index % 2 ? 'none' : 'some') : cycle(['yes', 'some', 'none'] as const, index);
      return [item.id, { status, ...(status === 'yes' ? { acquiredOn: '2025-09-30', evidence } : {}) }];
    }),
  );
  const starred = profile.experience.filter((item) => item.starred).map((item) => `experience:${item.id}`);
  const units = profile.competencies.filter((_, index) => [3, 6].includes(index % 8)).map((code) => `unit:${code}`);
  const plan = actions.map((description, index) => ({
    id: `action-${index + 1}x`,
    kind: kinds[index],
    description,
    targetOn: `2027-0${index + 1}-15`,
    status: statuses[index],
    serves:
      index === 1 || index === 5
        ? [cycle(starred, index === 1 ? 0 : -1 + starred.length), cycle(units, index)]
        : [cycle(units, index), cycle(units, index + 2)],
  }));
  const id = fullAssessmentId(profileId);
  return {
    version: 2,
    state: {
      language,
      currentAssessmentId: id,
      assessments: {
        [id]: {
          id,
          profileId,
          appointee: { ...people[profileId], assessedOn: '2026-11-27' },
          ratings,
          experience,
          actions: plan,
          createdAt: '2026-11-27T02:00:00.000Z',
          updatedAt: '2026-11-27T03:00:00.000Z',
        },
      },
    },
  };
}
