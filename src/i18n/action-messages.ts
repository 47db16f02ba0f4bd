import type { Messages } from './translate';

/**
 * The names of a development action's kinds and statuses, and of a catalogue resource's kinds, Thai first: one wording
 * for the plan, the printed report, the review screens and the catalogue (merged into their messages; name them with
 * `action-names.ts`), none on the first screen.
 */
const th = {
  'action.kind.course': 'หลักสูตรอบรม',
  'action.kind.assignment': 'มอบหมายงานจริง (on-the-job)',
  'action.kind.coaching': 'การสอนงาน / พี่เลี้ยง',
  'action.kind.study-visit': 'ศึกษาดูงาน',
  'action.kind.self-study': 'เรียนรู้ด้วยตนเอง',
  'action.kind.rotation': 'หมุนเวียนงาน / โครงการ',
  'action.kind.other': 'อื่น ๆ',
  'action.status.planned': 'วางแผนแล้ว',
  'action.status.in-progress': 'กำลังดำเนินการ',
  'action.status.done': 'เสร็จแล้ว',
  'resource.kind.course': 'หลักสูตรฝึกอบรม',
  'resource.kind.e-learning': 'อีเลิร์นนิง',
  'resource.kind.on-the-job': 'การเรียนรู้จากการปฏิบัติงาน',
  'resource.kind.mentoring': 'ระบบพี่เลี้ยง',
  'resource.kind.reading': 'การอ่าน',
} as const;

const en: Record<keyof typeof th, string> = {
  'action.kind.course': 'Training course',
  'action.kind.assignment': 'On-the-job assignment',
  'action.kind.coaching': 'Coaching or mentoring',
  'action.kind.study-visit': 'Study visit',
  'action.kind.self-study': 'Self-study',
  'action.kind.rotation': 'Project rotation',
  'action.kind.other': 'Other',
  'action.status.planned': 'Planned',
  'action.status.in-progress': 'In progress',
  'action.status.done': 'Done',
  'resource.kind.course': 'Course',
  'resource.kind.e-learning': 'E-learning',
  'resource.kind.on-the-job': 'On the job',
  'resource.kind.mentoring': 'Mentoring',
  'resource.kind.reading': 'Reading',
};

export type ActionMessageKey = keyof typeof th;
export const actionMessages: Messages<ActionMessageKey> = { th, en };

/** A feature's messages with the names of the actions' kinds and statuses. */
export function withActionMessages<Key extends string>(feature: Messages<Key>): Messages<Key | ActionMessageKey> {
  // As mergeMessages does; written out so that this module needs nothing of the translator at run time (the
  // organisation's CSVs load it on their own, on the first export, and the first load keeps the translator).
  return { th: { ...actionMessages.th, ...feature.th }, en: { ...actionMessages.en, ...feature.en } };
}
