import { withCoreMessages } from '../../i18n/core-messages';
import { withFormMessages } from '../../i18n/form-messages';
import { createTranslator, type Messages } from '../../i18n/translate';
import { useTranslator } from '../../i18n/use-translation';

/** The chain of opinions on the review screens (the levels a request names, a later level's opinion, acknowledgement and receipt), Thai first. */
const th = {
  'chainForm.levels': 'ผู้ให้ความเห็นตามลำดับ',
  'chainForm.levelsHint': 'ระดับที่ 1 ให้ระดับและความเห็น แล้วส่งไฟล์ต่อให้ระดับถัดไปตามลำดับ แต่ละระดับเพิ่มความเห็นของตนในไฟล์เดียวกัน ระดับสุดท้ายส่งกลับให้คุณ เว้นว่างระดับที่ไม่มี',
  'chainForm.level': 'ระดับที่ {number}',
  'chainForm.firstDefault': 'ผู้บังคับบัญชาชั้นต้น',
  'chainForm.pass': 'เปิดผลการประเมินที่ส่งต่อมาให้ความเห็น',
  'chainForm.passHint': 'หากคุณเป็นผู้บังคับบัญชาระดับถัดไปในลำดับ เลือกไฟล์ผลการประเมินที่ได้รับ เพิ่มความเห็นของคุณ แล้วส่งออกเพื่อส่งต่อหรือส่งกลับ',
  'chainForm.choose': 'เลือกไฟล์ผลการประเมินที่ส่งต่อมา (.json)',
  'chainForm.yourLevel': 'ความเห็นของ{title} (ระดับที่ {number})',
  'chainForm.earlier': 'ความเห็นก่อนหน้า',
  'chainForm.rated': 'ให้ระดับ {count} รายการ',
  'chainForm.overall': 'ความเห็นโดยรวม',
  'chainForm.planAgreed': 'เห็นชอบแผนพัฒนา',
  'chainForm.planNotAgreed': 'ยังไม่เห็นชอบแผนพัฒนา',
  'chainForm.planComment': 'ความเห็นต่อแผนพัฒนา',
  'chainForm.allOpinions': 'ความเห็นทุกระดับ',
  'chainForm.verdict': 'ความเห็นต่อผลการประเมินตนเอง',
  'chainForm.opinion': 'ความเห็น',
  'chainForm.name': 'ชื่อ',
  'chainForm.position': 'ตำแหน่ง',
  'chainForm.date': 'วันที่',
  'chainForm.dateFuture': 'วันที่ต้องไม่เลยวันนี้',
  'chainForm.verdictRequired': 'เลือกความเห็นต่อผลการประเมินตนเอง',
  'chainForm.export': 'ส่งออกผลการประเมินพร้อมความเห็นของฉัน',
  'chainForm.passOn': 'ส่งออกแล้ว ({file}) ส่งไฟล์นี้ต่อให้{title}',
  'chainForm.sendBack': 'ส่งออกแล้ว ({file}) ส่งไฟล์นี้กลับให้ผู้รับการประเมิน',
  'chainForm.close': 'ปิด',
  'chainForm.acknowledge': 'ลงชื่อรับทราบ',
  'chainForm.acknowledgeHint': 'ผู้รับการประเมินลงชื่อรับทราบความเห็นทุกระดับ',
  'chainForm.receive': 'บันทึกการลงรับของงานบุคคล',
  'chainForm.receiveHint': 'เจ้าหน้าที่งานบริหารทรัพยากรบุคคลบันทึกว่าได้รับเรื่องแล้ว',
  'chainForm.save': 'บันทึก',
} as const;

const en: Record<keyof typeof th, string> = {
  'chainForm.levels': 'Who gives an opinion, in order',
  'chainForm.levelsHint':
    'Level 1 rates and gives an opinion, then passes the file to the next level in order; each level adds its opinion to the same file, and the last sends it back to you. Leave a level empty if there is none.',
  'chainForm.level': 'Level {number}',
  'chainForm.firstDefault': 'Immediate supervisor',
  'chainForm.pass': 'Open a review passed to you for your opinion',
  'chainForm.passHint': 'If you are the next level in the chain, choose the review file you received, add your opinion, and export it to pass on or send back.',
  'chainForm.choose': 'Choose a review passed to you (.json)',
  'chainForm.yourLevel': 'Opinion of the {title} (level {number})',
  'chainForm.earlier': 'Opinions so far',
  'chainForm.rated': '{count, plural, one {# item} other {# items}} rated',
  'chainForm.overall': 'Overall opinion',
  'chainForm.planAgreed': 'The development plan is agreed',
  'chainForm.planNotAgreed': 'The development plan is not agreed yet',
  'chainForm.planComment': 'On the development plan',
  'chainForm.allOpinions': 'The opinion of every level',
  'chainForm.verdict': 'On the self-assessment',
  'chainForm.opinion': 'Opinion',
  'chainForm.name': 'Name',
  'chainForm.position': 'Position',
  'chainForm.date': 'Date',
  'chainForm.dateFuture': 'The date cannot be later than today.',
  'chainForm.verdictRequired': 'Choose whether you agree with the self-assessment.',
  'chainForm.export': 'Export the review with my opinion',
  'chainForm.passOn': 'Exported ({file}): pass this file on to the {title}.',
  'chainForm.sendBack': 'Exported ({file}): send this file back to the appointee.',
  'chainForm.close': 'Close',
  'chainForm.acknowledge': 'Acknowledge (sign as read)',
  'chainForm.acknowledgeHint': 'The appointee signs that they have read every level’s opinion.',
  'chainForm.receive': "Record HR's receipt",
  'chainForm.receiveHint': 'The HR officer records that the file was received.',
  'chainForm.save': 'Save',
};

export type ChainFormMessageKey = keyof typeof th;
export const chainFormMessages: Messages<ChainFormMessageKey> = { th, en };
const translateChainForm = createTranslator(withCoreMessages(withFormMessages(chainFormMessages)));

/** Translate for the chain's forms on the review screens. */
export function useChainFormTranslation() {
  return useTranslator(translateChainForm);
}
