import type { Verdict } from '../domain/assessment/review-schema';
import type { Language } from '../domain/shared/localized-text';
import { createTranslator, type Messages } from './translate';

/**
 * The chain of opinions in words (the levels, the verdicts, each step's status), shared by the reviews screen, the
 * gap screen and the report: loaded with those screens only.
 */
const th = {
  'chain.title': 'ลำดับการให้ความเห็น',
  'chain.sent': 'ส่งคำขอให้ประเมิน',
  'chain.level': 'ระดับที่ {number}: {title}',
  'chain.reviewer': 'ผู้ประเมิน',
  'chain.returned': 'ส่งกลับถึงผู้รับการประเมิน',
  'chain.acknowledged': 'ผู้รับการประเมินลงชื่อรับทราบ',
  'chain.received': 'เจ้าหน้าที่งานบุคคลลงรับ',
  'chain.signedBy': '{name} ({position}) {date}',
  'chain.waiting': 'ยังไม่มี',
  'chain.receivedElsewhere': 'บันทึกในสำเนาของงานบุคคล (แสดงที่นี่เมื่อนำเข้าไฟล์ที่งานบุคคลส่งกลับ)',
  'chain.notKnown': 'ไม่ทราบวันที่ (คำขอไม่ได้ส่งออกจากเครื่องนี้)',
  'verdict.agree': 'เห็นด้วยกับผลการประเมินตนเอง',
  'verdict.partly': 'เห็นด้วยกับผลการประเมินตนเองบางส่วน',
  'verdict.disagree': 'ไม่เห็นด้วยกับผลการประเมินตนเอง',
  'verdict.none': 'ไม่ได้ระบุ',
  'verdictAbove.agree': 'เห็นด้วยกับผลการประเมินและความเห็นข้างต้น',
  'verdictAbove.partly': 'เห็นด้วยกับผลการประเมินและความเห็นข้างต้นบางส่วน',
  'verdictAbove.disagree': 'ไม่เห็นด้วยกับผลการประเมินและความเห็นข้างต้น',
} as const;

const en: Record<keyof typeof th, string> = {
  'chain.title': 'Chain of opinions',
  'chain.sent': 'Review request sent',
  'chain.level': 'Level {number}: {title}',
  'chain.reviewer': 'Reviewer',
  'chain.returned': 'Returned to the appointee',
  'chain.acknowledged': 'Acknowledged by the appointee',
  'chain.received': 'Receipt recorded by HR',
  'chain.signedBy': '{name} ({position}), {date}',
  'chain.waiting': 'not yet',
  'chain.receivedElsewhere': "recorded in HR's copy (shown here once the file HR sends back is brought back)",
  'chain.notKnown': 'date not known (the request was not exported here)',
  'verdict.agree': 'Agrees with the self-assessment',
  'verdict.partly': 'Partly agrees with the self-assessment',
  'verdict.disagree': 'Disagrees with the self-assessment',
  'verdict.none': 'Not stated',
  'verdictAbove.agree': 'Agrees with the assessment and the opinions above',
  'verdictAbove.partly': 'Partly agrees with the assessment and the opinions above',
  'verdictAbove.disagree': 'Disagrees with the assessment and the opinions above',
};

export type ChainMessageKey = keyof typeof th;
export const chainMessages: Messages<ChainMessageKey> = { th, en };
const translate = createTranslator(chainMessages);

/** The chain's words in `language`. */
export function translateChain(language: Language) {
  return translate(language);
}

/**
 * The key of a level's verdict in words. Level 1 judges the self-assessment; a later level (ปลัดกระทรวง, MCIO) judges
 * what is above it, the assessment and the opinions before theirs, as a civil-service appraisal form's higher-level box
 * words it (decision 024).
 */
export function verdictKey(verdict: Verdict | undefined, level: number): ChainMessageKey {
  return verdict ? (level > 1 ? `verdictAbove.${verdict}` : `verdict.${verdict}`) : 'verdict.none';
}
