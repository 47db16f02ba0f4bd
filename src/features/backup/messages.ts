import { withCoreMessages } from '../../i18n/core-messages';
import { createTranslator, type Messages } from '../../i18n/translate';

/** The backup screen's messages, Thai first; they load with that screen only. */
const th = {
  'backup.title': 'สำรองและนำเข้าข้อมูล',
  'backup.intro': 'ข้อมูลการประเมินเก็บไว้ในเบราว์เซอร์นี้เท่านั้น ส่งออกเป็นไฟล์เพื่อเก็บสำรอง ย้ายไปเครื่องอื่น หรือส่งให้หน่วยงานบริหารทรัพยากรบุคคล',
  'backup.export': 'ส่งออก',
  'backup.exportAll': 'ส่งออกทั้งหมด (JSON)',
  'backup.withReviews': 'รวมผลการประเมินโดยผู้อื่น (ความเห็นของผู้บังคับบัญชา) ในไฟล์',
  'backup.withReviewsHint':
    'ไฟล์สำรองที่เก็บไว้เองควรรวมไว้ ไฟล์ที่จะส่งให้ผู้อื่น เช่น ผู้ช่วยที่แก้ไขแผนพัฒนา ไม่ควรรวม เพราะความเห็นเหล่านี้อาจเป็นความลับ ไฟล์ที่ไม่รวมไม่นับเป็นการสำรองข้อมูลของคุณ',
  'backup.exportJson': 'ไฟล์สำรอง JSON',
  'backup.exportZip': 'ส่งออกพร้อมไฟล์หลักฐาน (.zip)',
  'backup.exportZipHint': 'ไฟล์ zip เดียว: ไฟล์สำรอง JSON แบบเดียวกับด้านบน และไฟล์หลักฐานทุกไฟล์ ({count} ไฟล์ รวม {size}) พร้อม SHA-256 ของแต่ละไฟล์',
  'backup.exportCsv': 'ตาราง CSV (Excel)',
  'backup.none': 'ยังไม่มีการประเมินให้ส่งออก',
  'backup.import': 'นำเข้า',
  'backup.importHint':
    'เลือกไฟล์ .json (ไม่เกิน 5 MB) หรือไฟล์ .zip พร้อมไฟล์หลักฐาน (ไม่เกิน 500 MB) ที่ส่งออกจากแอปนี้ หรือลากไฟล์มาวางในกรอบด้านล่าง ข้อมูลที่บันทึกไว้จะไม่เปลี่ยนหากไฟล์มีปัญหา',
  'backup.chooseFile': 'เลือกไฟล์สำรอง (.json หรือ .zip)',
  'backup.dropZone': 'วางไฟล์ .json หรือ .zip ที่นี่',
  'backup.reading': 'กำลังตรวจไฟล์: {done} จาก {total} การประเมิน',
  'backup.refused': 'นำเข้าไม่ได้: {file}',
  'backup.where': 'ตำแหน่ง {path}',
  'backup.nothingChanged': 'ข้อมูลที่บันทึกไว้ไม่มีการเปลี่ยนแปลง',
  'backup.damaged': 'ไฟล์อาจเสียหายหรือไม่ครบ ลองส่งออกจากเครื่องเดิมอีกครั้ง',
  'backup.imported': 'นำเข้าแล้ว {count} การประเมิน',
  'backup.migrated': '(แปลงจากรุ่นข้อมูล {version})',
  'backup.assessedEarly': 'การประเมิน {count} รายการมีวันที่ประเมินก่อนวันที่ได้รับการแต่งตั้ง โปรดตรวจสอบวันที่ในหน้ารายละเอียด: {titles}',
  'backup.conflictTitle': 'มีการประเมินนี้อยู่แล้ว',
  'backup.conflictBody': 'ไฟล์มีการประเมินที่มีอยู่แล้วในเบราว์เซอร์นี้ {count} รายการ ({titles}) ต้องการแทนที่ของเดิม หรือเก็บไว้ทั้งสอง?',
  'backup.replaceLosesNewer': 'ฉบับที่บันทึกไว้ในเบราว์เซอร์นี้แก้ไขหลังไฟล์นี้ และต่างจากไฟล์ {count} รายการ (คะแนน หมายเหตุ หรือกิจกรรม) ถ้าแทนที่ รายการเหล่านั้นจะหายไป',
  'backup.replaceLoses': 'ฉบับที่บันทึกไว้ในเบราว์เซอร์นี้ต่างจากไฟล์ {count} รายการ (คะแนน หมายเหตุ หรือกิจกรรม) ถ้าแทนที่ จะใช้ตามไฟล์',
  'backup.replace': 'แทนที่ของเดิม',
  'backup.keepBoth': 'เก็บไว้ทั้งสอง',
  'backup.cancel': 'ยกเลิก',
  'backup.copySuffix': '(นำเข้า)',
  'backup.safety': 'ความปลอดภัยของข้อมูลในเบราว์เซอร์นี้',
  'backup.lastBackup': 'สำรองข้อมูลครั้งล่าสุด',
  'backup.never': 'ยังไม่เคย',
  'backup.persistent': 'เบราว์เซอร์รับว่าจะเก็บข้อมูลไว้ถาวร',
  'backup.appVersion': 'รุ่นของแอปที่ใช้อยู่',
  'backup.persistent.unknown': 'ยังไม่ได้ขอ (จะขอเมื่อมีการประเมินแรก)',
  'backup.persistent.granted': 'รับแล้ว เบราว์เซอร์จะไม่ลบเองเมื่อพื้นที่น้อย',
  'backup.persistent.denied': 'ไม่รับ เบราว์เซอร์อาจลบข้อมูลเองเมื่อพื้นที่น้อย โปรดสำรองข้อมูลสม่ำเสมอ',
  'backup.persistent.unsupported': 'เบราว์เซอร์นี้ไม่รองรับ โปรดสำรองข้อมูลสม่ำเสมอ',
  'backup.space': 'พื้นที่ที่ใช้ในเบราว์เซอร์นี้',
  'backup.spaceUsed': 'ใช้ไป {used} จาก {quota} ที่เบราว์เซอร์อนุญาต ({percent}%)',
  'backup.spaceUnknown': 'เบราว์เซอร์นี้ไม่บอกพื้นที่ที่ใช้',
  'backup.evidenceFiles': 'ไฟล์หลักฐาน',
  'backup.evidenceCount': '{count} ไฟล์ รวม {size} (เก็บใน IndexedDB ของเบราว์เซอร์)',
  'backup.eviction':
    'เบราว์เซอร์อาจลบข้อมูลของเว็บไซต์ได้เอง เช่น Safari ลบข้อมูลที่เว็บไซต์บันทึกไว้เมื่อไม่ได้เปิดเว็บไซต์นั้น 7 วัน และทุกเบราว์เซอร์อาจลบเมื่อพื้นที่เครื่องเหลือน้อย หรือเมื่อผู้ใช้ล้างประวัติการท่องเว็บ ไฟล์สำรองที่ส่งออกไว้จึงเป็นสำเนาที่ปลอดภัยที่สุด',
  'backup.setAsideTitle': 'ส่วนที่อ่านไม่ได้และแยกเก็บไว้',
  'backup.setAsideIntro': 'ส่วนเหล่านี้อ่านไม่ได้ด้วยแอปรุ่นนี้ จึงไม่แสดงในแอป แต่ไม่ได้ลบทิ้ง ดาวน์โหลดเก็บไว้หรือส่งให้ผู้ดูแลได้',
  'backup.copiesTitle': 'สำเนาที่แอปเก็บไว้',
  'backup.copiesIntro': 'ก่อนแปลงข้อมูลเป็นรุ่นใหม่ หรือเมื่ออ่านข้อมูลไม่ได้ แอปเก็บสำเนาข้อมูลเดิมไว้ครั้งเดียวต่อเนื้อหาหนึ่งชุด',
  'backup.copyReason.before-migration': 'ก่อนแปลงรุ่นข้อมูล',
  'backup.copyReason.unreadable': 'ข้อมูลที่อ่านไม่ได้',
  'backup.copyReason.set-aside': 'ข้อมูลที่มีส่วนอ่านไม่ได้',
  'backup.copyReason.unknown': 'สำเนาจากแอปรุ่นก่อน',
  'backup.download': 'ดาวน์โหลด',
  'backup.discard': 'ลบ',
} as const;

const en: Record<keyof typeof th, string> = {
  'backup.title': 'Back up and import',
  'backup.intro': 'Assessments are kept in this browser only. Export them to a file to keep a copy, move them to another computer, or hand them to HR.',
  'backup.export': 'Export',
  'backup.exportAll': 'Export everything (JSON)',
  'backup.withReviews': "Include the reviews by others (the supervisor's opinions) in the file",
  'backup.withReviewsHint':
    'A backup you keep should include them. A file for someone else, such as the assistant who edits your plan, should not: these opinions may be confidential. A file without them does not count as your backup.',
  'backup.exportJson': 'JSON backup',
  'backup.exportZip': 'Export with evidence files (.zip)',
  'backup.exportZipHint':
    'One zip file: the same JSON backup as above and every evidence file ({count, plural, one {# file} other {# files}}, {size} in all), each listed with its SHA-256',
  'backup.exportCsv': 'CSV table (Excel)',
  'backup.none': 'No assessment to export yet.',
  'backup.import': 'Import',
  'backup.importHint':
    'Choose a .json file (5 MB at most) or a .zip with evidence files (500 MB at most) exported from this app, or drop it on the box below. If the file has a problem, nothing saved changes.',
  'backup.chooseFile': 'Choose a backup file (.json or .zip)',
  'backup.dropZone': 'Drop a .json or .zip file here',
  'backup.reading': 'Checking the file: {done} of {total} assessments',
  'backup.refused': 'Could not import {file}',
  'backup.where': 'at {path}',
  'backup.nothingChanged': 'Nothing saved has changed.',
  'backup.damaged': 'The file may be damaged or incomplete: export it again from the computer it came from.',
  'backup.imported': 'Imported {count, plural, one {# assessment} other {# assessments}}',
  'backup.migrated': '(converted from schema version {version})',
  'backup.assessedEarly':
    '{count, plural, one {# assessment is} other {# assessments are}} dated before the appointment: check the dates on the details screen: {titles}',
  'backup.conflictTitle': 'This assessment is already here',
  'backup.conflictBody':
    'The file holds {count, plural, one {# assessment} other {# assessments}} already in this browser ({titles}). Replace the ones here, or keep both?',
  'backup.replaceLosesNewer':
    'The copy saved here was changed after this file, and differs from it in {count, plural, one {# item} other {# items}} (ratings, notes or actions): replacing loses those changes.',
  'backup.replaceLoses':
    'The copy saved here differs from the file in {count, plural, one {# item} other {# items}} (ratings, notes or actions): replacing takes the file’s.',
  'backup.replace': 'Replace',
  'backup.keepBoth': 'Keep both',
  'backup.cancel': 'Cancel',
  'backup.copySuffix': '(imported)',
  'backup.safety': 'How safe your data is in this browser',
  'backup.lastBackup': 'Last backed up',
  'backup.never': 'Never',
  'backup.persistent': 'Browser keeps the data for good',
  'backup.appVersion': 'Version of the app in use',
  'backup.persistent.unknown': 'Not asked yet (asked when the first assessment exists)',
  'backup.persistent.granted': 'Yes: the browser will not delete it when space runs low',
  'backup.persistent.denied': 'No: the browser may delete it when space runs low. Back up often.',
  'backup.persistent.unsupported': 'This browser cannot promise it. Back up often.',
  'backup.space': 'Space used in this browser',
  'backup.spaceUsed': '{used} of the {quota} the browser allows ({percent}%)',
  'backup.spaceUnknown': 'This browser does not say how much space is used',
  'backup.evidenceFiles': 'Evidence files',
  'backup.evidenceCount': '{count, plural, one {# file} other {# files}}, {size} in all (in the browser’s IndexedDB)',
  'backup.eviction':
    'Browsers may delete a site’s data on their own: Safari deletes what a site saved after 7 days without a visit, and any browser may delete it when the device is short of space or when the user clears browsing data. An exported backup file is the safest copy.',
  'backup.setAsideTitle': 'Parts that could not be read, set aside',
  'backup.setAsideIntro':
    'This version of the app cannot read these parts, so it does not show them, but it has not deleted them. Download them, or send them to whoever supports the app.',
  'backup.copiesTitle': 'Copies the app kept',
  'backup.copiesIntro':
    'Before data is brought to a newer version, or when it cannot be read, the app keeps one copy of the data as it was (one copy per distinct content).',
  'backup.copyReason.before-migration': 'Before a data version change',
  'backup.copyReason.unreadable': 'Data that could not be read',
  'backup.copyReason.set-aside': 'Data with unreadable parts',
  'backup.copyReason.unknown': 'Copy from an earlier app version',
  'backup.download': 'Download',
  'backup.discard': 'Delete',
};

type BackupMessageKey = keyof typeof th;
export const backupMessages: Messages<BackupMessageKey> = { th, en };

/** The backup feature's translator: its own messages and the shared ones. */
export const translateBackup = createTranslator(withCoreMessages(backupMessages));
