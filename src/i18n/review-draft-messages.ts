import { createTranslator, type Messages } from './translate';

/** The list of draft reviews (ui/review-draft-links.tsx), on the review screen and "My assessments": loaded with it. */
const th = {
  'reviewDrafts.title': 'ร่างผลการประเมินผู้อื่นที่ยังไม่ได้ปิด',
  'reviewDrafts.continue': 'ประเมิน {name} ต่อ',
  'reviewDrafts.anonymous': 'ผู้รับการประเมินที่ไม่ระบุชื่อ',
  'reviewDrafts.requested': 'คำขอลงวันที่ {date}',
  'reviewDrafts.opinion': 'ให้ความเห็นต่อผลการประเมินของ {name} ต่อ',
  'reviewDrafts.level': 'ระดับที่ {number}: {title}',
  'reviewDrafts.passedOn': 'ส่งต่อมาเมื่อ {date}',
  'reviewDrafts.receipt': 'บันทึกการลงรับผลการประเมินของ {name} ต่อ',
} as const;

const en: Record<keyof typeof th, string> = {
  'reviewDrafts.title': 'Reviews of others in progress',
  'reviewDrafts.continue': 'Continue the review of {name}',
  'reviewDrafts.anonymous': 'an unnamed appointee',
  'reviewDrafts.requested': 'requested on {date}',
  'reviewDrafts.opinion': 'Continue your opinion on the review of {name}',
  'reviewDrafts.level': 'level {number}: {title}',
  'reviewDrafts.passedOn': 'passed on {date}',
  'reviewDrafts.receipt': 'Continue recording receipt of the review of {name}',
};

export type ReviewDraftMessageKey = keyof typeof th;
export const reviewDraftMessages: Messages<ReviewDraftMessageKey> = { th, en };
export const translateReviewDrafts = createTranslator(reviewDraftMessages);
