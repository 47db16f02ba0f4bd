import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { createBackup, parseBackup } from './backup';
import type { ProblemMessage } from '../shared/problem-message';

const backupWith = (change: (assessment: Record<string, unknown>) => void): string => {
  const assessment = JSON.parse(JSON.stringify(makeAssessment())) as Record<string, unknown>;
  change(assessment);
  return JSON.stringify(createBackup([assessment as never], { appVersion: 'test', now: '2026-11-27T03:00:00.000Z' }));
};
const appointee = (assessment: Record<string, unknown>) => assessment.appointee as Record<string, unknown>;
// A field's refusal is its words in both languages; the others are keys with fixed wording (i18n/problem-messages).
const fieldWords = (message: ProblemMessage) => ('issue' in message ? message.issue : null);
const refusal = (text: string) => {
  const result = parseBackup(text, ['mcio', 'dcio']);
  if (result.ok) throw new Error('the file was read');
  const message = fieldWords(result.problem.message);
  if (!message) throw new Error(`refused by key: ${JSON.stringify(result.problem.message)}`);
  return { ...result.problem, message };
};

describe('a refused backup in words', () => {
  it('names the field as the form does and says what is wrong, in Thai and English', () => {
    expect(refusal(backupWith((a) => (appointee(a).agency = ' '))).message).toEqual({ th: 'ไม่มีชื่อส่วนราชการ', en: "The agency's name is missing" });
    expect(refusal(backupWith((a) => delete appointee(a).position)).message).toEqual({ th: 'ไม่มีชื่อตำแหน่งงาน', en: 'The position is missing' });
    expect(refusal(backupWith((a) => (appointee(a).appointedOn = '2026-02-30'))).message).toEqual({
      th: 'วันที่แต่งตั้ง 30 กุมภาพันธ์ 2569 ไม่มีอยู่จริง',
      en: 'The appointment date, 30 February 2026, does not exist',
    });
    expect(refusal(backupWith((a) => (appointee(a).assessedOn = 'เมื่อวาน'))).message.en).toBe(
      'The assessment date, "เมื่อวาน", is not a date the app reads (year-month-day)',
    );
    expect(refusal(backupWith((a) => (appointee(a).name = 'ก'.repeat(201)))).message.th).toBe('ชื่อผู้รับการประเมินยาวเกิน 200 ตัวอักษร');
    expect(refusal(backupWith((a) => (a.colour = 'red'))).message.en).toBe('The assessment holds data the app does not know (colour)');
  });

  it("never shows a schema path or zod's own words, whatever field is broken and however", () => {
    const fields = [
      ['appointee', 'name'],
      ['appointee', 'agency'],
      ['appointee', 'position'],
      ['appointee', 'appointedOn'],
      ['appointee', 'assessedOn'],
      ['id'],
      ['title'],
      ['createdAt'],
      ['updatedAt'],
      ['ratings', 'unit:DG100', 'note'],
      ['experience', 'e-two', 'status'],
      ['actions'],
    ];
    const junk = fc.oneof(
      fc.constant(''),
      fc.constant(null),
      fc.integer(),
      fc.boolean(),
      fc.string({ maxLength: 300 }),
      fc.constant('2026-13-45'),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.constant({ x: 1 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...fields), junk, (path, value) => {
        const text = backupWith((assessment) => {
          let target: Record<string, unknown> = assessment;
          for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
          target[path.at(-1) ?? ''] = value;
        });
        const result = parseBackup(text, ['mcio', 'dcio']);
        if (result.ok) return;
        const words = fieldWords(result.problem.message);
        if (!words) return;
        for (const message of [words.th, words.en]) {
          expect(message).not.toMatch(/assessments\[|appointee\.|\b(string|number|boolean|expected|received|undefined|Invalid input)\b/i);
          expect(message).not.toMatch(/ควรมี|ต้องเป็น|รูปแบบไม่ถูกต้อง|น้อยกว่ากำหนด/);
        }
      }),
    );
  });
});
