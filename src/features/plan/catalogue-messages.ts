import { withActionMessages } from '../../i18n/action-messages';
import { withCoreMessages } from '../../i18n/core-messages';
import { createTranslator, type Messages } from '../../i18n/translate';

/** The catalogue screen's messages, Thai first; they load with that screen only. */
const th = {
  'catalogue.title': 'บัญชีแหล่งพัฒนาของหน่วยงาน',
  'catalogue.intro':
    'หน่วยงานจัดทำบัญชีหลักสูตรและแหล่งพัฒนาอื่นเป็นไฟล์ JSON หรือ CSV (หัวตารางภาษาไทยหรืออังกฤษ) แอปไม่มีบัญชีของตนเอง ชื่อหลักสูตรต้องมาจากหน่วยงาน เมื่อเลือกไฟล์แล้ว บัญชีจะเก็บไว้ในเบราว์เซอร์นี้จนกว่าจะเลือกไฟล์ใหม่มาแทน และใช้เสนอแหล่งพัฒนาในแผนพัฒนารายบุคคล',
  'catalogue.choose': 'เลือกไฟล์บัญชีแหล่งพัฒนา (.json หรือ .csv)',
  'catalogue.chooseHint': 'ขนาดไม่เกิน 2 MB ไม่เกิน 2,000 รายการ แถวที่ไม่ถูกต้องจะแสดงพร้อมเหตุผลและไม่นำมาใช้',
  'catalogue.reading': 'กำลังอ่านไฟล์…',
  'catalogue.refusedFile': 'ใช้ไฟล์ {file} ไม่ได้',
  'catalogue.unchanged': 'บัญชีที่เก็บไว้เดิมไม่เปลี่ยน',
  'catalogue.noneTaken': 'ไม่มีแหล่งพัฒนาในไฟล์ {file} ที่ใช้ได้เลย บัญชีที่เก็บไว้เดิมไม่เปลี่ยน',
  'catalogue.taken': 'อ่านไฟล์ {file} แล้ว ใช้ได้ {count} รายการ',
  'catalogue.notKept': 'เบราว์เซอร์ไม่ยอมเก็บบัญชีนี้ (พื้นที่เต็มหรือถูกปิดกั้น) จึงใช้ได้ในแท็บนี้จนกว่าจะปิด',
  'catalogue.refusedRows': 'แถวที่ไม่ได้นำมาใช้ ({count})',
  'catalogue.ignoredColumns': 'คอลัมน์ที่แอปไม่รู้จักและข้ามไป: {columns}',
  'catalogue.kept': 'บัญชีที่ใช้อยู่',
  'catalogue.keptFrom': 'จากไฟล์ {file} เลือกเมื่อ {date}',
  'catalogue.agency': 'หน่วยงาน: {agency}',
  'catalogue.issuedOn': 'ลงวันที่ {date}',
  'catalogue.none': 'ยังไม่มีบัญชีแหล่งพัฒนาในเบราว์เซอร์นี้',
  'catalogue.count': '{count} รายการ',
  'catalogue.remove': 'นำบัญชีออก',
  'catalogue.removeTitle': 'นำบัญชีแหล่งพัฒนาออกจากเบราว์เซอร์นี้?',
  'catalogue.removeBody': 'ข้อเสนอแหล่งพัฒนาในแผนจะหายไป กิจกรรมที่เพิ่มในแผนแล้วยังอยู่ครบ เลือกไฟล์บัญชีใหม่ได้ทุกเมื่อ',
  'catalogue.removed': 'นำบัญชีออกแล้ว',
  'catalogue.cancel': 'ยกเลิก',
  'catalogue.col.id': 'รหัส',
  'catalogue.col.title': 'ชื่อ',
  'catalogue.col.provider': 'ผู้จัด',
  'catalogue.col.kind': 'ประเภท',
  'catalogue.col.hours': 'ชั่วโมง',
  'catalogue.col.cost': 'ค่าใช้จ่าย (บาท)',
  'catalogue.col.level': 'ระดับที่ได้',
  'catalogue.col.serves': 'รายการที่พัฒนา',
  'catalogue.tableLabel': 'แหล่งพัฒนาในบัญชี',
  'catalogue.formatTitle': 'รูปแบบไฟล์',
  'catalogue.formatHelp':
    'คอลัมน์ รหัส, ชื่อภาษาไทย, ชื่อภาษาอังกฤษ, ผู้จัด, ประเภท, ชั่วโมง, ค่าใช้จ่าย (บาท), ลิงก์ (ถ้ามี), รายการที่พัฒนา, ระดับที่ได้ รายการที่พัฒนาเขียนเป็นรหัสหน่วยความสามารถ (DG100) หรือรหัสตามบทบาท (DCIO K9) คั่นด้วย ;',
} as const;

const en: Record<keyof typeof th, string> = {
  'catalogue.title': "The agency's catalogue of development resources",
  'catalogue.intro':
    'The agency lists its courses and other development resources in a JSON or CSV file (with Thai or English headers). The app ships no catalogue of its own: course names come from the agency. Once chosen, the catalogue is kept in this browser until another file replaces it, and the development plan suggests its resources.',
  'catalogue.choose': 'Choose a catalogue file (.json or .csv)',
  'catalogue.chooseHint': '2 MB and 2,000 resources at most. Rows that are not right are listed with the reason and not used.',
  'catalogue.reading': 'Reading the file…',
  'catalogue.refusedFile': 'Could not use {file}',
  'catalogue.unchanged': 'The catalogue kept before is unchanged.',
  'catalogue.noneTaken': 'No resource in {file} could be used. The catalogue kept before is unchanged.',
  'catalogue.taken': 'Read {file}: {count, plural, one {# resource} other {# resources}} taken',
  'catalogue.notKept': 'The browser would not keep this catalogue (storage full or blocked): it is used in this tab until it is closed.',
  'catalogue.refusedRows': 'Rows not used ({count})',
  'catalogue.ignoredColumns': 'Columns the app does not know, passed over: {columns}',
  'catalogue.kept': 'The catalogue in use',
  'catalogue.keptFrom': 'From {file}, chosen on {date}',
  'catalogue.agency': 'Agency: {agency}',
  'catalogue.issuedOn': 'Dated {date}',
  'catalogue.none': 'No catalogue of development resources in this browser yet.',
  'catalogue.count': '{count, plural, one {# resource} other {# resources}}',
  'catalogue.remove': 'Remove the catalogue',
  'catalogue.removeTitle': 'Remove the catalogue from this browser?',
  'catalogue.removeBody':
    'The plan will no longer suggest its resources. Actions already added to a plan stay as they are. You can choose a catalogue file again at any time.',
  'catalogue.removed': 'The catalogue was removed.',
  'catalogue.cancel': 'Cancel',
  'catalogue.col.id': 'Id',
  'catalogue.col.title': 'Title',
  'catalogue.col.provider': 'Provider',
  'catalogue.col.kind': 'Kind',
  'catalogue.col.hours': 'Hours',
  'catalogue.col.cost': 'Cost (baht)',
  'catalogue.col.level': 'Level reached',
  'catalogue.col.serves': 'Items served',
  'catalogue.tableLabel': 'Resources in the catalogue',
  'catalogue.formatTitle': 'The file format',
  'catalogue.formatHelp':
    "The columns id, title_th, title_en, provider, kind, hours, cost_baht, link (optional), serves, level. Items served are unit codes (DG100) or a role's codes (DCIO K9), separated by ;",
};

type CatalogueMessageKey = keyof typeof th;
export const catalogueMessages: Messages<CatalogueMessageKey> = { th, en };

/** The catalogue feature's translator: its own messages and the shared ones. */
export const translateCatalogue = createTranslator(withCoreMessages(withActionMessages(catalogueMessages)));
