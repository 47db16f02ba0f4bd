import type { AssessmentItem } from '../domain/assessment/assessment-items';
import type { Resource } from '../domain/scoring/resource-catalogue';
import type { NeedPerson } from '../domain/organisation/training-needs';

const title = { th: 'ชื่อ', en: 'Title' };

/** Two units, a knowledge item and a starred experience: enough items for the training needs' tests. */
export const needItems: AssessmentItem[] = [
  { kind: 'unit', section: 'units', scale: 'proficiency', key: 'unit:DG100', code: 'DG100', title, group: 'DG' },
  { kind: 'unit', section: 'units', scale: 'proficiency', key: 'unit:DT200', code: 'DT200', title, group: 'DT' },
  { kind: 'knowledge', section: 'knowledge', scale: 'knowledge', key: 'knowledge:agile', code: 'K1', title },
  { kind: 'experience', section: 'experience', key: 'experience:ea', id: 'ea', code: 'E1', title, starred: true },
];

export function needItemOf(key: string): AssessmentItem | undefined {
  return needItems.find((item) => item.key === key);
}

export function makeResource(overrides: Partial<Resource> = {}): Resource {
  return { id: 'R1', title, provider: 'สถาบันตัวอย่าง', kind: 'course', hours: 12, costBaht: 3000, serves: ['unit:DG100'], level: 3, ...overrides };
}

export function makeNeedPerson(overrides: Partial<NeedPerson> = {}): NeedPerson {
  return { id: 'p1', name: 'สมชาย', position: 'ผู้อำนวยการ', agency: 'กรม ก', appointedOn: '2026-03-01', shortfalls: [], served: [], ...overrides };
}
