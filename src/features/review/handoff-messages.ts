import { withCoreMessages } from '../../i18n/core-messages';
import { withFormMessages } from '../../i18n/form-messages';
import { createTranslator, type Messages } from '../../i18n/translate';
import { useTranslator } from '../../i18n/use-translation';

/** The plan hand-off's summary (who sent it, when, what it changes) on both sides, Thai first; loads with the reviews screen. */
const th = {
  'handoff.summary': 'สรุปไฟล์ส่งต่อแผน',
  'handoff.from': 'ผู้ส่ง',
  'handoff.sender': '{name} ({position})',
  'handoff.senderNoPosition': '{name}',
  'handoff.noSender': 'ไม่ได้ระบุผู้ส่ง (ไฟล์จากแอปรุ่นก่อน)',
  'handoff.sentAt': 'ส่งออกเมื่อ',
  'handoff.when': '{date} เวลา {time} น.',
  'handoff.changes': 'สิ่งที่เปลี่ยน',
  'handoff.counts': 'กิจกรรมใหม่ {added} · ถูกลบ {removed} · แก้ไข {changedActions} กิจกรรม ({changedFields} ส่วน)',
  'handoff.noCounts': 'ไม่มีการเปลี่ยนแปลงแผนพัฒนา',
  'handoff.yourName': 'ชื่อของคุณ (ผู้ส่ง)',
  'handoff.yourPosition': 'ตำแหน่งของคุณ',
  'handoff.checkFirst': 'ตรวจสอบสรุปก่อน แล้วจึงดาวน์โหลด ไฟล์ยังไม่ถูกดาวน์โหลดจนกว่าคุณกดปุ่ม',
  'handoff.download': 'ดาวน์โหลดไฟล์ส่งต่อแผน',
  'handoff.exported': 'ส่งออกไฟล์ส่งต่อแผนแล้ว ({file})',
} as const;

const en: Record<keyof typeof th, string> = {
  'handoff.summary': 'The plan hand-off in brief',
  'handoff.from': 'Sent by',
  'handoff.sender': '{name} ({position})',
  'handoff.senderNoPosition': '{name}',
  'handoff.noSender': 'Sender not stated (a file from an earlier version of the app)',
  'handoff.sentAt': 'Exported',
  'handoff.when': '{date} at {time}',
  'handoff.changes': 'What it changes',
  'handoff.counts':
    '{added, plural, one {# new action} other {# new actions}} · {removed} removed · {changedActions, plural, one {# action} other {# actions}} changed ({changedFields, plural, one {# field} other {# fields}})',
  'handoff.noCounts': 'No change to the development plan',
  'handoff.yourName': 'Your name (the sender)',
  'handoff.yourPosition': 'Your position',
  'handoff.checkFirst': 'Check the summary, then download: nothing downloads until you press the button.',
  'handoff.download': 'Download the plan hand-off',
  'handoff.exported': 'Plan hand-off exported ({file})',
};

export type HandoffMessageKey = keyof typeof th;
export const handoffMessages: Messages<HandoffMessageKey> = { th, en };
const translateHandoff = createTranslator(withCoreMessages(withFormMessages(handoffMessages)));

/** Translate for the hand-off's summary and sender. */
export function useHandoffTranslation() {
  return useTranslator(translateHandoff);
}
