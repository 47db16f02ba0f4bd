import { withActionMessages } from '../../i18n/action-messages';
import { withCoreMessages } from '../../i18n/core-messages';
import { createTranslator, type Messages } from '../../i18n/translate';

/** The training needs' words (ความต้องการพัฒนา), Thai first: they load with that part of the organisation view only. */
const th = {
  'needs.title': 'ความต้องการพัฒนาตามบัญชีแหล่งพัฒนา',
  'needs.noCatalogue': 'ยังไม่มีบัญชีแหล่งพัฒนาของหน่วยงานในเบราว์เซอร์นี้ เมื่อเลือกบัญชีแล้ว ส่วนนี้จะแสดงว่าแต่ละแหล่งพัฒนามีผู้ต้องการกี่คน กี่ชั่วโมง และค่าใช้จ่ายเท่าใด',
  'needs.chooseCatalogue': 'เลือกไฟล์บัญชีแหล่งพัฒนา',
  'needs.intro':
    'จากบัญชี {file} ({count} รายการ): ผู้ที่ต่ำกว่าที่คาดหวังในรายการที่แหล่งพัฒนานั้นพัฒนาได้ และแหล่งพัฒนายกระดับให้สูงกว่าระดับปัจจุบันของเขา คนหนึ่งอาจนับในหลายแหล่งพัฒนาที่พัฒนารายการเดียวกัน จึงเป็นทางเลือก ไม่ใช่ยอดรวมของงบประมาณ',
  'needs.groupBy': 'แสดง',
  'needs.group.all': 'รวมทั้งหมด',
  'needs.group.agency': 'แยกตามหน่วยงาน',
  'needs.group.fiscalYear': 'แยกตามปีงบประมาณ',
  'needs.fiscalYear': 'ปีงบประมาณ {year}',
  'needs.demandTable': 'ความต้องการรายแหล่งพัฒนา',
  'needs.none': 'ไม่มีผู้ใดต่ำกว่าที่คาดหวังในรายการที่แหล่งพัฒนาในบัญชีพัฒนาได้',
  'needs.col.id': 'รหัส',
  'needs.col.title': 'แหล่งพัฒนา',
  'needs.col.kind': 'ประเภท',
  'needs.col.group.agency': 'หน่วยงาน',
  'needs.col.group.fiscalYear': 'ปีงบประมาณ',
  'needs.col.people': 'จำนวนคน',
  'needs.col.hours': 'ชั่วโมงรวม',
  'needs.col.cost': 'ค่าใช้จ่ายรวม (บาท)',
  'needs.col.points': 'ช่องว่างที่ปิดได้ (ระดับ)',
  'needs.unservedTitle': 'ช่องว่างที่ไม่มีแหล่งพัฒนาใดในบัญชีรองรับ ({count})',
  'needs.unservedNone': 'ทุกช่องว่างมีแหล่งพัฒนาในบัญชีรองรับ',
  'needs.col.item': 'รายการ',
  'needs.col.why': 'เหตุผล',
  'needs.exportCsv': 'ความต้องการพัฒนา CSV (Excel)',
  'needs.exportHint': 'หนึ่งแถวต่อหนึ่งคนต่อหนึ่งแหล่งพัฒนา และแถวรวมของแต่ละแหล่งพัฒนา',
  'needs.why.no-resource': 'ไม่มีแหล่งพัฒนาใดพัฒนารายการนี้',
  'needs.why.too-low': 'แหล่งพัฒนาที่มีไม่ยกระดับให้สูงกว่าระดับปัจจุบัน',
  'needs.print': 'พิมพ์ความต้องการพัฒนา (A4)',
  'needs.printSubject': 'สรุปความต้องการพัฒนาตามบัญชีแหล่งพัฒนา',
  'needs.printIntro': 'จากบัญชี {file} ({count} รายการ) และผู้รับการประเมิน {people} คน คำนวณ ณ วันที่ {today}',
  'needs.working': 'กำลังคำนวณความต้องการพัฒนา…',
  'needs.failed': 'คำนวณความต้องการพัฒนาไม่สำเร็จ ลองเปิดหน้านี้ใหม่',
  'needs.pages': 'หน้าของตารางความต้องการรายแหล่งพัฒนา',
  'needs.rowsShown': 'แถว {from}–{to} จาก {count}',
  'needs.printAlternatives': 'คนหนึ่งอาจนับในหลายแหล่งพัฒนาที่พัฒนารายการเดียวกัน จำนวนคนและค่าใช้จ่ายในตารางจึงเป็นทางเลือก ไม่ใช่ยอดรวมของงบประมาณ',
} as const;

const en: Record<keyof typeof th, string> = {
  'needs.title': 'Training needs from the catalogue',
  'needs.noCatalogue':
    'No catalogue of development resources is kept in this browser. Once one is chosen, this part shows how many people need each resource, their hours and the cost.',
  'needs.chooseCatalogue': 'Choose a catalogue file',
  'needs.intro':
    'From the catalogue {file} ({count, plural, one {# resource} other {# resources}}): the people below target on an item a resource serves, where the resource brings them above where they stand. A person short on an item several resources serve is counted under each: they are alternatives, not a budget total.',
  'needs.groupBy': 'Show',
  'needs.group.all': 'In all',
  'needs.group.agency': 'By agency',
  'needs.group.fiscalYear': 'By fiscal year',
  'needs.fiscalYear': 'Fiscal year {year}',
  'needs.demandTable': 'Demand per resource',
  'needs.none': 'No one is below target on an item a resource of the catalogue serves.',
  'needs.col.id': 'Id',
  'needs.col.title': 'Resource',
  'needs.col.kind': 'Kind',
  'needs.col.group.agency': 'Agency',
  'needs.col.group.fiscalYear': 'Fiscal year',
  'needs.col.people': 'People',
  'needs.col.hours': 'Hours in all',
  'needs.col.cost': 'Cost in all (baht)',
  'needs.col.points': 'Gap it closes (levels)',
  'needs.unservedTitle': 'Gaps no resource of the catalogue serves ({count})',
  'needs.unservedNone': 'A resource of the catalogue serves every gap.',
  'needs.col.item': 'Item',
  'needs.col.why': 'Why',
  'needs.exportCsv': 'Training needs CSV (Excel)',
  'needs.exportHint': 'One row per person and resource, and a total row for each resource.',
  'needs.why.no-resource': 'No resource serves this item',
  'needs.why.too-low': 'The resources that serve it reach no higher than where these people stand',
  'needs.print': 'Print the training needs (A4)',
  'needs.printSubject': 'Training needs from the catalogue of development resources',
  'needs.printIntro':
    'From the catalogue {file} ({count, plural, one {# resource} other {# resources}}) and {people, plural, one {# person} other {# people}} assessed, computed on {today}',
  'needs.working': 'Working out the training needs…',
  'needs.failed': 'The training needs could not be worked out. Try opening this page again.',
  'needs.pages': 'Pages of the demand per resource',
  'needs.rowsShown': 'Rows {from}–{to} of {count}',
  'needs.printAlternatives':
    'A person short on an item several resources serve is counted under each: the people and costs above are alternatives, not a budget total.',
};

export type NeedsMessageKey = keyof typeof th;
export const needsMessages: Messages<NeedsMessageKey> = { th, en };

export const translateNeeds = createTranslator(withCoreMessages(withActionMessages(needsMessages)));
