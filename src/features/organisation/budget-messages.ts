import { withActionMessages } from '../../i18n/action-messages';
import { withCoreMessages } from '../../i18n/core-messages';
import { createTranslator, type Messages } from '../../i18n/translate';

/** The budget planner's words (ข้อเสนอการจัดสรรงบประมาณ), Thai first: they load with the training needs only. */
const th = {
  'budget.title': 'ข้อเสนอการจัดสรรงบประมาณ',
  'budget.intro':
    'กรอกงบประมาณของปีงบประมาณ แอปจะเสนอว่าควรจัดสรรให้แหล่งพัฒนาใด ใครเข้าร่วม เพื่อปิดช่องว่างที่ถึงกำหนดภายในสิ้นปีงบประมาณได้มากที่สุด ประสบการณ์ที่มีเครื่องหมาย * ที่ครบกำหนดก่อนสิ้นปีมาก่อน วิธีเลือกเป็นแบบละโมบ (คุ้มค่าที่สุดต่อบาทก่อน) ไม่รับประกันว่าดีที่สุด',
  'budget.fiscalYear': 'ปีงบประมาณ',
  'budget.fiscalYearOption': 'ปีงบประมาณ {year}',
  'budget.baht': 'งบประมาณ (บาท)',
  'budget.hours': 'ชั่วโมงอบรมรวมไม่เกิน (ไม่บังคับ)',
  'budget.amountHint': 'ตัวเลขจำนวนเต็ม ใส่จุลภาคได้',
  'budget.amountInvalid': 'กรอกเป็นจำนวนเต็มไม่ติดลบ เช่น 500,000',
  'budget.propose': 'เสนอการจัดสรร',
  'budget.summary':
    'ปีงบประมาณ {year}: จัดสรร {cost} จาก {budget} บาท (เหลือ {left} บาท) ให้ {resources} แหล่งพัฒนา {people} ที่นั่ง {hours} ชั่วโมง ปิดช่องว่างได้ {points} จาก {due} ระดับที่ถึงกำหนดภายใน {end}',
  'budget.perPoint': 'เฉลี่ย {baht} บาทต่อหนึ่งระดับที่ปิดได้',
  'budget.nothing': 'งบประมาณนี้ไม่พอสำหรับแหล่งพัฒนาใดที่ปิดช่องว่างที่ถึงกำหนดในปีนี้',
  'budget.fundedTable': 'แหล่งพัฒนาที่เสนอให้จัดสรร',
  'budget.col.id': 'รหัส',
  'budget.col.title': 'แหล่งพัฒนา',
  'budget.col.why': 'เหตุที่เลือก',
  'budget.col.people': 'ผู้เข้าร่วม (คน)',
  'budget.col.cost': 'ค่าใช้จ่าย (บาท)',
  'budget.col.hours': 'ชั่วโมง',
  'budget.col.points': 'ช่องว่างที่ปิดได้ (ระดับ)',
  'budget.col.perPoint': 'บาทต่อระดับ',
  'budget.col.change': 'ปรับ',
  'budget.col.item': 'รายการ',
  'budget.col.left': 'ช่องว่างที่เหลือ (ระดับ)',
  'budget.why.pinned': 'ปักหมุดไว้',
  'budget.why.starred': 'ประสบการณ์ * ครบกำหนด',
  'budget.why.other': 'คุ้มค่าต่อบาท',
  'budget.pin': 'ปักหมุด {name}',
  'budget.unpin': 'เลิกปักหมุด {name}',
  'budget.drop': 'ไม่จัดสรร {name}',
  'budget.restore': 'นำ {name} กลับมาพิจารณา',
  'budget.droppedTitle': 'แหล่งพัฒนาที่ไม่จัดสรร ({count})',
  'budget.unfundedTitle': 'แหล่งพัฒนาที่ยังไม่ได้จัดสรร ({count})',
  'budget.unfundedHint': 'ปักหมุดเพื่อจัดสรรให้ก่อน แอปจะคำนวณใหม่',
  'budget.openTitle': 'ช่องว่างที่ยังเปิดอยู่ภายในสิ้นปีงบประมาณ ({count} รายการ)',
  'budget.unfundedRow': '{name}: {people} คน {cost} บาท ปิดได้ {points} ระดับ',
  'budget.openNone': 'ข้อเสนอนี้ปิดช่องว่างที่ถึงกำหนดได้ทั้งหมด',
  'budget.shown': 'แสดง {shown} แรกจาก {count} ไฟล์ CSV มีครบ',
  'budget.exportCsv': 'ข้อเสนอการจัดสรร CSV (Excel)',
  'budget.print': 'พิมพ์ข้อเสนอการจัดสรร',
  'budget.computing': 'กำลังคำนวณข้อเสนอ…',
  'budget.anonymous': '(ไม่ระบุชื่อ)',
  'budget.failed': 'คำนวณข้อเสนอไม่สำเร็จ ลองเสนอการจัดสรรอีกครั้ง',
  'budget.printRule':
    'วิธีเลือก: แหล่งพัฒนาที่ปักหมุดก่อน แล้วผู้ที่มีประสบการณ์ * ครบกำหนดภายใน {end} แล้วที่นั่งที่ปิดช่องว่างได้มากที่สุดต่อบาท ทีละที่นั่ง ภายในงบประมาณ (วิธีละโมบ ไม่รับประกันว่าดีที่สุด)',
} as const;

const en: Record<keyof typeof th, string> = {
  'budget.title': 'Budget proposal',
  'budget.intro':
    "Enter a fiscal year's budget: the app proposes which resources to fund and who attends, so that the most gap points due by the year's end close. Starred experience due before the year ends comes first. The choice is greedy (the most per baht first) and not guaranteed to be the best.",
  'budget.fiscalYear': 'Fiscal year',
  'budget.fiscalYearOption': 'Fiscal year {year}',
  'budget.baht': 'Budget (baht)',
  'budget.hours': 'Training hours at most (optional)',
  'budget.amountHint': 'A whole number; commas allowed',
  'budget.amountInvalid': 'Enter a whole number of zero or more, such as 500,000',
  'budget.propose': 'Propose',
  'budget.summary':
    'Fiscal year {year}: {cost} of {budget} baht funded ({left} baht left), {resources, plural, one {# resource} other {# resources}}, {people, plural, one {# place} other {# places}}, {hours} hours; closes {points} of the {due} gap points due by {end}',
  'budget.perPoint': '{baht} baht a gap point closed, on average',
  'budget.nothing': 'This budget funds no resource that closes a gap due this year.',
  'budget.fundedTable': 'Resources proposed for funding',
  'budget.col.id': 'Id',
  'budget.col.title': 'Resource',
  'budget.col.why': 'Why chosen',
  'budget.col.people': 'People attending',
  'budget.col.cost': 'Cost (baht)',
  'budget.col.hours': 'Hours',
  'budget.col.points': 'Gap it closes (levels)',
  'budget.col.perPoint': 'Baht a level',
  'budget.col.change': 'Change',
  'budget.col.item': 'Item',
  'budget.col.left': 'Gap left (levels)',
  'budget.why.pinned': 'Pinned',
  'budget.why.starred': 'Starred experience due',
  'budget.why.other': 'Most per baht',
  'budget.pin': 'Pin {name}',
  'budget.unpin': 'Unpin {name}',
  'budget.drop': 'Drop {name}',
  'budget.restore': 'Put {name} back',
  'budget.droppedTitle': 'Resources dropped ({count})',
  'budget.unfundedTitle': 'Resources not funded ({count})',
  'budget.unfundedHint': 'Pin one to fund it first; the plan is worked out again.',
  'budget.openTitle': "Gaps still open by the year's end ({count, plural, one {# item} other {# items}})",
  'budget.unfundedRow': '{name}: {people, plural, one {# person} other {# people}}, {cost} baht, closes {points} levels',
  'budget.openNone': 'This proposal closes every gap due.',
  'budget.shown': 'Showing the first {shown} of {count}; the CSV holds them all.',
  'budget.exportCsv': 'Budget proposal CSV (Excel)',
  'budget.print': 'Print the budget proposal',
  'budget.computing': 'Working out the proposal…',
  'budget.anonymous': '(no name)',
  'budget.failed': 'The proposal could not be worked out. Try proposing again.',
  'budget.printRule':
    'How chosen: pinned resources first, then people with starred experience due by {end}, then the places that close the most gap points per baht, one at a time, within the budget (a greedy choice, not guaranteed to be the best).',
};

export type BudgetMessageKey = keyof typeof th;
export const budgetMessages: Messages<BudgetMessageKey> = { th, en };

export const translateBudget = createTranslator(withCoreMessages(withActionMessages(budgetMessages)));
