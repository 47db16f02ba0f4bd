// A complete CIO Assistant assessment with short notes, as the app stores it (version 2): used by the report's
// browser tests and by the benchmark's PDF timing.
import { readFileSync } from 'node:fs';

export function completeAssistantAssessment() {
  const profile = JSON.parse(readFileSync(new URL('../public/profiles/cio-assistant.json', import.meta.url), 'utf8'));
  const ratings = {};
  profile.competencies.forEach((code, index) => {
    ratings[`unit:${code}`] = { level: index % 5, ...(index % 3 === 0 ? { note: `อบรมแล้ว ${index}` } : {}) };
  });
  ['SPM304.1', 'SPM304.2', 'SPM304.3', 'SPM304.4'].forEach((code, index) => (ratings[`criterion:${code}`] = { level: (index + 1) % 5 }));
  profile.knowledge.forEach((item, index) => (ratings[`knowledge:${item.id}`] = { level: (index + 2) % 5 }));
  profile.behavioural.forEach((id, index) => (ratings[`behavioural:${id}`] = { level: (index + 3) % 5, note: 'สังเกตจากงานจริง' }));
  const statuses = ['yes', 'some', 'none'];
  const experience = Object.fromEntries(
    profile.experience.map((item, index) => {
      const status = item.starred ? (index % 2 === 0 ? 'some' : 'none') : statuses[index % 3];
      return [item.id, { status, ...(status === 'yes' ? { acquiredOn: '2025-03-31', evidence: 'คำสั่งแต่งตั้ง' } : {}) }];
    }),
  );
  const id = 'assistant01';
  return {
    version: 2,
    state: {
      language: 'th',
      currentAssessmentId: id,
      assessments: {
        [id]: {
          id,
          title: 'ผู้ช่วย CIO ปีงบประมาณ 2569',
          profileId: 'cio-assistant',
          appointee: {
            name: 'นางสาวพิมพ์ใจ ทดสอบรายงาน',
            position: 'นักวิชาการคอมพิวเตอร์ชำนาญการพิเศษ',
            agency: 'กรมตัวอย่างดิจิทัล',
            appointedOn: '2025-10-01',
            assessedOn: '2026-11-27',
          },
          ratings,
          experience,
          createdAt: '2026-11-27T02:00:00.000Z',
          updatedAt: '2026-11-27T03:00:00.000Z',
        },
      },
    },
  };
}
