import type { Language } from '../../domain/localized-text';

/** The backup screen's messages, Thai first; they load with that screen only. */
const th = {
  'backup.title': 'สำรองและนำเข้าข้อมูล',
  'backup.intro': 'ข้อมูลการประเมินเก็บไว้ในเบราว์เซอร์นี้เท่านั้น ส่งออกเป็นไฟล์เพื่อเก็บสำรอง ย้ายไปเครื่องอื่น หรือส่งให้หน่วยงานบริหารทรัพยากรบุคคล',
  'backup.export': 'ส่งออก',
  'backup.exportAll': 'ส่งออกทั้งหมด (JSON)',
  'backup.exportJson': 'ไฟล์สำรอง JSON',
  'backup.exportCsv': 'ตาราง CSV (Excel)',
  'backup.none': 'ยังไม่มีการประเมินให้ส่งออก',
  'backup.import': 'นำเข้า',
  'backup.importHint': 'เลือกไฟล์ .json ที่ส่งออกจากแอปนี้ หรือลากไฟล์มาวางในกรอบด้านล่าง ขนาดไม่เกิน 5 MB ข้อมูลที่บันทึกไว้จะไม่เปลี่ยนหากไฟล์มีปัญหา',
  'backup.chooseFile': 'เลือกไฟล์สำรอง (.json)',
  'backup.dropZone': 'วางไฟล์ .json ที่นี่',
  'backup.refused': 'นำเข้าไม่ได้: {file}',
  'backup.where': 'ตำแหน่ง {path}',
  'backup.nothingChanged': 'ข้อมูลที่บันทึกไว้ไม่มีการเปลี่ยนแปลง',
  'backup.damaged': 'ไฟล์อาจเสียหายหรือไม่ครบ ลองส่งออกจากเครื่องเดิมอีกครั้ง',
  'backup.imported': 'นำเข้าแล้ว {count} การประเมิน',
  'backup.migrated': '(แปลงจากรุ่นข้อมูล {version})',
  'backup.conflictTitle': 'มีการประเมินนี้อยู่แล้ว',
  'backup.conflictBody': 'ไฟล์มีการประเมินที่มีอยู่แล้วในเบราว์เซอร์นี้ {count} รายการ ({titles}) ต้องการแทนที่ของเดิม หรือเก็บไว้ทั้งสอง?',
  'backup.replace': 'แทนที่ของเดิม',
  'backup.keepBoth': 'เก็บไว้ทั้งสอง',
  'backup.cancel': 'ยกเลิก',
  'backup.copySuffix': '(นำเข้า)',
  'backup.anonymous': 'ไม่ระบุชื่อ',
} as const;

const en: Record<keyof typeof th, string> = {
  'backup.title': 'Back up and import',
  'backup.intro': 'Assessments are kept in this browser only. Export them to a file to keep a copy, move them to another computer, or hand them to HR.',
  'backup.export': 'Export',
  'backup.exportAll': 'Export everything (JSON)',
  'backup.exportJson': 'JSON backup',
  'backup.exportCsv': 'CSV table (Excel)',
  'backup.none': 'No assessment to export yet.',
  'backup.import': 'Import',
  'backup.importHint': 'Choose a .json file exported from this app, or drop it on the box below. 5 MB at most. If the file has a problem, nothing saved changes.',
  'backup.chooseFile': 'Choose a backup file (.json)',
  'backup.dropZone': 'Drop a .json file here',
  'backup.refused': 'Could not import {file}',
  'backup.where': 'at {path}',
  'backup.nothingChanged': 'Nothing saved has changed.',
  'backup.damaged': 'The file may be damaged or incomplete: export it again from the computer it came from.',
  'backup.imported': 'Imported {count} assessment(s)',
  'backup.migrated': '(converted from schema version {version})',
  'backup.conflictTitle': 'This assessment is already here',
  'backup.conflictBody': 'The file holds {count} assessment(s) already in this browser ({titles}). Replace the ones here, or keep both?',
  'backup.replace': 'Replace',
  'backup.keepBoth': 'Keep both',
  'backup.cancel': 'Cancel',
  'backup.copySuffix': '(imported)',
  'backup.anonymous': 'anonymous',
};

export type BackupMessageKey = keyof typeof th;
export const backupMessages: Record<Language, Record<BackupMessageKey, string>> = { th, en };
