import { createTranslator, type Messages } from '../i18n/translate';

// The storage notices' own words: they load with the notices, after the first paint, not with the first screen.
const th = {
  'storage.warning': 'เบราว์เซอร์นี้ไม่ยอมให้บันทึกข้อมูล (เช่น โหมดส่วนตัว ถูกปิดกั้น หรือพื้นที่เต็ม) แอปยังใช้งานได้ แต่ข้อมูลจะหายเมื่อปิดแท็บ โปรดส่งออกไฟล์สำรองไว้',
  'storage.exportNow': 'ส่งออกไฟล์สำรองตอนนี้',
  'storage.unreadable': 'ข้อมูลบางส่วนที่บันทึกไว้อ่านไม่ได้ จึงไม่แสดง สำเนาเดิมเก็บไว้ในเบราว์เซอร์ไม่สูญหาย',
  'storage.newer':
    'ข้อมูลที่บันทึกไว้ในเบราว์เซอร์นี้มาจากแอปรุ่นใหม่กว่า (รุ่นข้อมูล {version}) แอปรุ่นนี้จึงไม่อ่านและไม่เขียนทับข้อมูลนั้น ข้อมูลเดิมยังอยู่ครบ เมื่อเปิดด้วยแอปรุ่นใหม่จะเห็นตามเดิม ระหว่างนี้สิ่งที่ทำจะอยู่ในแท็บนี้เท่านั้น โปรดส่งออกไฟล์สำรองก่อนปิด',
  'storage.unreadableText': 'ข้อมูลที่บันทึกไว้อ่านไม่ได้ (ไม่ใช่ข้อมูลของแอปนี้หรือเสียหาย) แอปเก็บสำเนาเดิมไว้ในเบราว์เซอร์แล้ว และเริ่มใหม่โดยไม่ลบสำเนานั้น',
  'storage.setAside': 'อ่านข้อมูลบางส่วนไม่ได้ จึงแยกเก็บไว้ไม่ลบทิ้ง: {names}',
  'storage.notSaving.read-fault':
    'เบราว์เซอร์อ่านข้อมูลที่บันทึกไว้ไม่ได้ในขณะนี้ แอปจึงยังไม่แสดงข้อมูลนั้น และจะไม่บันทึกทับจนกว่าจะอ่านได้ ข้อมูลเดิมไม่ได้ถูกแตะต้อง สิ่งที่ทำตอนนี้อยู่ในแท็บนี้เท่านั้น โปรดส่งออกไฟล์สำรองก่อนปิด หรือโหลดหน้านี้ใหม่เพื่อลองอ่านอีกครั้ง',
  'storage.notSaving.merge-unavailable':
    'ส่วนหนึ่งของแอปโหลดไม่ได้ จึงรวมสิ่งที่แก้ไขในอีกแท็บกับแท็บนี้ไม่ได้ แอปจะไม่บันทึกทับสิ่งที่อีกแท็บบันทึกไว้ สิ่งที่ทำตอนนี้อยู่ในแท็บนี้เท่านั้น โปรดส่งออกไฟล์สำรอง แล้วโหลดหน้านี้ใหม่',
  'storage.notSaving.copy-failed':
    'ข้อมูลที่บันทึกไว้อ่านไม่ได้ และเบราว์เซอร์ไม่มีที่ให้เก็บสำเนาของข้อมูลนั้น แอปจึงไม่บันทึกทับข้อมูลเดิม สิ่งที่ทำตอนนี้อยู่ในแท็บนี้เท่านั้น โปรดส่งออกไฟล์สำรองก่อนปิด และกด "ดาวน์โหลดข้อมูลของฉัน" เพื่อเก็บข้อมูลเดิมไว้เป็นไฟล์ เมื่อมีที่ว่างแล้วให้โหลดหน้านี้ใหม่',
  'storage.seeBackup': 'ดูและดาวน์โหลดที่หน้าสำรองข้อมูล',
  'storage.downloadData': 'ดาวน์โหลดข้อมูลของฉัน',
  'storage.dismiss': 'รับทราบ',
  'storage.remindTitle': 'ยังไม่ได้สำรองข้อมูลล่าสุด',
  'storage.remindChanges': 'แก้ไขไปแล้ว {count} ครั้งตั้งแต่สำรองข้อมูลครั้งล่าสุด',
  'storage.remindNever': 'ยังไม่เคยส่งออกไฟล์สำรอง เบราว์เซอร์อาจลบข้อมูลของเว็บไซต์ได้เอง',
  'storage.remindDays': 'สำรองข้อมูลครั้งล่าสุดเมื่อ {days} วันก่อน',
  'storage.remindAction': 'ส่งออกไฟล์สำรอง',
  'storage.remindLater': 'ไว้ภายหลัง',
} as const;

const en: Record<keyof typeof th, string> = {
  'storage.warning':
    'This browser will not let the app save (private mode, blocked, or full). The app still works, but your data will be lost when the tab closes: please export a backup.',
  'storage.exportNow': 'Export a backup now',
  'storage.unreadable': 'Part of the saved data could not be read and is not shown. The original is kept in this browser, not lost.',
  'storage.newer':
    'The data saved in this browser comes from a newer version of the app (data version {version}). This version neither reads nor overwrites it: it is all still there, and the newer app will show it as before. Meanwhile what you do stays in this tab only: export a backup before you close it.',
  'storage.unreadableText':
    'The saved data could not be read (it is not this app’s, or it is damaged). A copy was kept in this browser, and the app started afresh without deleting that copy.',
  'storage.setAside': 'Some saved parts could not be read, so they were set aside, not deleted: {names}',
  'storage.notSaving.read-fault':
    'The browser could not read the data saved here just now, so it is not shown, and nothing will be saved over it until it can be read: it has not been touched. What you do now stays in this tab only: export a backup before you close it, or reload the page to try reading again.',
  'storage.notSaving.merge-unavailable':
    'Part of the app could not be loaded, so what another tab saved cannot be combined with this tab’s changes, and nothing will be saved over it. What you do now stays in this tab only: export a backup, then reload the page.',
  'storage.notSaving.copy-failed':
    'The data saved here could not be read, and the browser has no room to keep a copy of it, so nothing will be saved over it. What you do now stays in this tab only: export a backup before you close it, and use "Download my data" to keep the unreadable data as a file. Once there is room, reload the page.',
  'storage.seeBackup': 'See and download them on the backup screen',
  'storage.downloadData': 'Download my data',
  'storage.dismiss': 'Got it',
  'storage.remindTitle': 'Your latest changes are not backed up',
  'storage.remindChanges': '{count} changes since your last backup',
  'storage.remindNever': 'You have never exported a backup, and browsers can delete a site’s data on their own.',
  'storage.remindDays': 'Last backed up {days} days ago',
  'storage.remindAction': 'Export a backup',
  'storage.remindLater': 'Later',
};

export type StorageMessageKey = keyof typeof th;
export const storageMessages: Messages<StorageMessageKey> = { th, en };

/** The notices' translator: their own messages only, so the shared ones need not load with them. */
export const translateStorage = createTranslator(storageMessages);
