import { createTranslator, type Messages } from './translate';

/**
 * What the figures are computed from (the basis chosen with the assessment), in the words the gap screen, the plan
 * and the printed report share (basis-name.ts); apart from the other review words, as the plan needs only these.
 */
const th = {
  'basis.self': 'การประเมินตนเอง',
  'basis.reviewer': 'ระดับที่ {name} ให้',
  'basis.lower': 'ระดับที่ต่ำกว่าของการประเมินตนเองกับของ {name} รายการต่อรายการ',
  'basis.uses': 'ตัวเลข กราฟและรายการช่องว่าง และช่องว่างที่ยังไม่มีกิจกรรมในแผนพัฒนา คำนวณจาก: {basis}',
  'basis.printed': 'ตัวเลขสรุปในรายงานนี้คำนวณจาก: {basis}',
} as const;

const en: Record<keyof typeof th, string> = {
  'basis.self': 'the self-assessment',
  'basis.reviewer': "{name}'s ratings",
  'basis.lower': "the lower of the self-rating and {name}'s, item by item",
  'basis.uses': 'The figures, the gap chart and list, and the gaps the plan has no action for use: {basis}',
  'basis.printed': "This report's summary figures use: {basis}",
};

export type BasisMessageKey = keyof typeof th;
export const basisMessages: Messages<BasisMessageKey> = { th, en };
export const translateBasis = createTranslator(basisMessages);
