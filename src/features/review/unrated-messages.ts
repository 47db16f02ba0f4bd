import { createTranslator, type Messages } from '../../i18n/translate';
import { useTranslator } from '../../i18n/use-translation';

/** The question before a review is exported with items unrated, Thai first; loads with review mode only. */
const th = {
  'unrated.title': 'ยังไม่ได้ประเมิน {count} จาก {total} รายการ',
  'unrated.body': 'รายการที่ยังไม่ได้ประเมินจะไม่มีระดับของผู้ประเมินในการเปรียบเทียบและในรายงาน ไปประเมินต่อที่รายการแรกที่ยังไม่ได้ประเมิน หรือส่งออกผลการประเมินตามที่มีอยู่',
  'unrated.go': 'ไปยังรายการแรกที่ยังไม่ได้ประเมิน',
  'unrated.export': 'ส่งออกทั้งที่ยังไม่ครบ',
} as const;

const en: Record<keyof typeof th, string> = {
  'unrated.title': '{count} of {total} items are not rated',
  'unrated.body':
    "An item not rated has no reviewer's level in the comparison or the report. Go on rating from the first unrated item, or export the review as it is.",
  'unrated.go': 'Go to the first unrated item',
  'unrated.export': 'Export anyway',
};

export type UnratedMessageKey = keyof typeof th;
export const unratedMessages: Messages<UnratedMessageKey> = { th, en };
const translateUnrated = createTranslator(unratedMessages);

/** Translate for the question about unrated items. */
export function useUnratedTranslation() {
  return useTranslator(translateUnrated);
}
