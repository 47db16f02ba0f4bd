import { createTranslator, type Messages } from './translate';

/** The words of evidence files on an item, an experience or an action (ui/evidence-files.tsx): loaded with them. */
const th = {
  'evidence.files': 'ไฟล์หลักฐาน',
  'evidence.attach': 'แนบไฟล์หลักฐาน',
  'evidence.attachFor': 'แนบไฟล์หลักฐาน: {item}',
  'evidence.kinds': 'PDF รูปภาพ หรือเอกสาร Office ไม่เกิน 10 MB ต่อไฟล์',
  'evidence.added': 'เพิ่มเมื่อ {date}',
  'evidence.open': 'เปิด',
  'evidence.download': 'ดาวน์โหลด',
  'evidence.remove': 'นำออก',
  'evidence.undo': 'เลิกทำ',
  'evidence.keeping': 'กำลังเก็บ {name}…',
  'evidence.attached': 'แนบ {name} แล้ว',
  'evidence.removed': 'นำ {name} ออกแล้ว เลิกทำได้จนกว่าจะออกจากหน้านี้',
  'evidence.kind': 'แนบ {name} ไม่ได้: รับเฉพาะ PDF รูปภาพ และเอกสาร Office (Word, Excel, PowerPoint)',
  'evidence.tooLarge': 'แนบ {name} ไม่ได้: ไฟล์ขนาด {size} เกิน 10 MB',
  'evidence.empty': 'แนบ {name} ไม่ได้: ไฟล์ว่างเปล่า',
  'evidence.unavailable': 'เบราว์เซอร์นี้ไม่ให้แอปเก็บไฟล์ (อาจเป็นโหมดส่วนตัว หรือถูกปิดกั้น) จึงไม่ได้แนบ {name} ข้อมูลการประเมินยังบันทึกตามปกติ',
  'evidence.full': 'พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม จึงไม่ได้แนบ {name} ไฟล์ที่แนบไว้ก่อนหน้ายังอยู่ครบ ดูพื้นที่ที่ใช้ได้ที่หน้าสำรองข้อมูล',
  'evidence.failed': 'เก็บไฟล์ {name} ไม่สำเร็จ ไม่มีสิ่งใดเปลี่ยนแปลง ลองอีกครั้ง',
  'evidence.missing': 'ไม่พบไฟล์ {name} ในเบราว์เซอร์นี้ (เบราว์เซอร์อาจล้างข้อมูลของเว็บไซต์ หรือแนบไว้ในเครื่องอื่น) รายการยังคงไว้ นำกลับได้จากไฟล์สำรองพร้อมหลักฐาน',
  'evidence.notReadable': 'อ่านไฟล์ {name} จากเบราว์เซอร์นี้ไม่ได้ในขณะนี้ ไฟล์ยังไม่ถูกลบ ลองอีกครั้ง',
} as const;

const en: Record<keyof typeof th, string> = {
  'evidence.files': 'Evidence files',
  'evidence.attach': 'Attach evidence file',
  'evidence.attachFor': 'Attach evidence file: {item}',
  'evidence.kinds': 'PDF, images or Office documents, at most 10 MB each',
  'evidence.added': 'added {date}',
  'evidence.open': 'Open',
  'evidence.download': 'Download',
  'evidence.remove': 'Remove',
  'evidence.undo': 'Undo',
  'evidence.keeping': 'Keeping {name}…',
  'evidence.attached': '{name} attached',
  'evidence.removed': '{name} removed. You can undo this until you leave the page',
  'evidence.kind': '{name} cannot be attached: only PDF, images and Office documents (Word, Excel, PowerPoint) are taken',
  'evidence.tooLarge': '{name} cannot be attached: it is {size}, over 10 MB',
  'evidence.empty': '{name} cannot be attached: the file is empty',
  'evidence.unavailable':
    'This browser does not let the app keep files (private browsing, or storage blocked), so {name} was not attached. Your assessment is still saved as usual',
  'evidence.full':
    "The browser's storage is full, so {name} was not attached. The files attached before are all still kept. See the space used on the backup screen",
  'evidence.failed': '{name} could not be kept; nothing changed. Try again',
  'evidence.missing':
    '{name} is not in this browser (the browser may have cleared the site’s data, or it was attached on another computer). It stays listed; a backup with evidence files brings it back',
  'evidence.notReadable': '{name} cannot be read from this browser just now. It has not been deleted; try again',
};

export type EvidenceMessageKey = keyof typeof th;
export const evidenceMessages: Messages<EvidenceMessageKey> = { th, en };
export const translateEvidence = createTranslator(evidenceMessages);
