import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../domain/files/backup';
import { tooMany, unknownKeys } from '../domain/files/content-problem';
import { readExchangeFile } from '../domain/files/exchange-file';
import { tooLargeMessage } from '../domain/files/file-size';
import { versionProblem } from '../domain/files/file-version';
import { schemaVersion } from '../domain/assessment/migrations';
import type { ProblemMessage } from '../domain/shared/problem-message';
import { reviewFileSchema, reviewFormat, reviewSchemaVersion } from '../domain/files/review';
import { makeAssessment } from '../testing/assessment-factory';
import { problemText, problemWords } from './problem-messages';

// The words of the domain's problems, as the screens show them: the domain's tests check which problem it names.
const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 2, target: 4 } } });
const backup = createBackup([assessment], { appVersion: '0.1.0', now: '2026-11-27T09:00:00.000Z' });
const backupProblem = (text: string): ProblemMessage => {
  const result = parseBackup(text, ['mcio', 'dcio', 'cio-assistant']);
  if (result.ok) throw new Error('the file was read');
  return result.problem.message;
};
const kind = { format: reviewFormat, notOfKind: 'problem.exchange.notAReview' as const, version: reviewSchemaVersion, schema: reviewFileSchema };
const exchangeProblem = (text: string): ProblemMessage => {
  const result = readExchangeFile(text, kind, { content: () => null });
  if (result.ok) throw new Error('the file was read');
  return result.refusal.message;
};

describe('the words of a problem with a file', () => {
  it('say an out-of-range level in Thai and English', () => {
    const message = backupProblem(JSON.stringify({ ...backup, assessments: [{ ...assessment, ratings: { 'unit:DG100': { level: 9 } } }] }));
    expect(problemWords(message)).toEqual({ en: 'DG100: level 9; levels run from 0 to 4', th: 'DG100: ระดับที่ประเมิน 9 แต่ระดับมีตั้งแต่ 0 ถึง 4' });
  });

  it('say a backup is not JSON, nested too deep, holds a forbidden key or too many assessments', () => {
    expect(problemText(backupProblem('{"a":'), 'en')).toBe(
      "The file cannot be read as a backup (its data is incomplete, or not in a backup's JSON form): it may be damaged, cut short or edited",
    );
    expect(problemText(backupProblem('  '), 'en')).toBe('The file is empty: it holds no assessment. Choose a backup (.json) exported from this app');
    expect(problemText(backupProblem(`${'['.repeat(200_000)}${']'.repeat(200_000)}`), 'en')).toBe('The data in the file is nested far deeper than a backup');
    expect(problemText(backupProblem('{"format":"x","prototype":{}}'), 'en')).toBe('The file contains the forbidden key "prototype"');
    const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`a${String(index).padStart(6, '0')}`, {}]));
    expect(
      problemText(backupProblem(JSON.stringify({ state: { language: 'th', assessments: many, currentAssessmentId: null }, version: schemaVersion })), 'en'),
    ).toBe('The file holds 10,000 assessments, more than the 1,000 one import takes');
    expect(problemText(backupProblem(`${JSON.stringify(backup)}${' '.repeat(5 * 1024 * 1024)}`), 'en')).toMatch(
      /^The file is 5,\d{3} KB, larger than the 5 MB this takes: it was not read$/,
    );
  });

  it('say the size of a file too large and the most the input takes, Thai first', () => {
    expect(problemWords(tooLargeMessage(700 * 1024 * 1024, 5 * 1024 * 1024))).toEqual({
      th: 'ไฟล์มีขนาด 700 MB ใหญ่เกิน 5 MB ที่รับได้ จึงไม่ได้อ่านไฟล์นี้',
      en: 'The file is 700 MB, larger than the 5 MB this takes: it was not read',
    });
  });

  it('say what is wrong with a data version of 1.5, "4" or none', () => {
    expect(problemWords(versionProblem(1.5, 1) ?? { issue: { th: '', en: '' } })).toEqual({
      en: "The file's data version (1.5) is not one this app writes: data versions are whole numbers from 1 up. The file may have been edited",
      th: 'รุ่นข้อมูลของไฟล์ (1.5) ไม่ใช่รุ่นที่แอปนี้เขียน รุ่นข้อมูลเป็นเลขจำนวนเต็มตั้งแต่ 1 ขึ้นไป ไฟล์อาจถูกแก้ไข',
    });
    expect(problemText(versionProblem('4', 2) ?? { issue: { th: '', en: '' } }, 'en')).toContain('("4")');
    expect(problemText(versionProblem(undefined, 2) ?? { issue: { th: '', en: '' } }, 'en')).toContain('The file does not say its data version');
  });

  it('say an exchange file is not JSON or holds a forbidden key, in Thai and English', () => {
    expect(problemWords(exchangeProblem('{"a":'))).toEqual({ th: 'ไฟล์นี้ไม่ใช่ JSON', en: 'The file is not JSON' });
    expect(problemWords(exchangeProblem('{"format":"cio-skills-compass-review","__proto__":{}}'))).toEqual({
      th: 'ไฟล์มีคีย์ต้องห้าม "__proto__"',
      en: 'The file contains the forbidden key "__proto__"',
    });
    expect(problemWords(exchangeProblem('{"format":"another"}'))).toEqual({
      th: 'ไฟล์นี้ไม่ใช่ผลการประเมินโดยผู้อื่นของเข็มทิศทักษะดิจิทัล CIO',
      en: 'The file is not a CIO Skills Compass review',
    });
  });

  it('count unknown items, one or many, and lists too long, in Thai and English', () => {
    expect(problemWords(unknownKeys('ratings', ['unit:A1'], 'DCIO').message)).toEqual({
      th: 'ไฟล์อ้างถึง 1 รายการที่ไม่มีในชุดทักษะ DCIO: "unit:A1"',
      en: 'The file refers to 1 item that the DCIO role profile does not have: "unit:A1"',
    });
    expect(problemText(unknownKeys('ratings', ['a', 'b', 'c', 'd'], 'DCIO').message, 'en')).toBe(
      'The file refers to 4 items that the DCIO role profile does not have: "a", "b", "c", …',
    );
    expect(problemWords(tooMany('rounds', 1234, 100, 'rounds').message)).toEqual({
      th: 'ไฟล์มีรอบการประเมิน 1,234 รายการ มากกว่า 100 รายการที่รับได้',
      en: 'The file holds 1,234 rounds, more than the 100 it may',
    });
  });

  it('write the dates a problem names in the reader’s language', () => {
    const message: ProblemMessage = { key: 'problem.reviewInFuture', params: { name: '"ก"' }, dates: { dated: '2200-01-01', today: '2026-12-06' } };
    expect(problemText(message, 'en')).toContain('is dated 1 January 2200, which has not come yet (today is 6 December 2026)');
    expect(problemText(message, 'th')).toContain('ลงวันที่ 1 มกราคม 2743');
  });

  it('give a field’s issue in the schema check’s own words', () => {
    expect(problemWords({ issue: { th: 'ต้องเป็นข้อความ', en: 'must be text' } })).toEqual({ th: 'ต้องเป็นข้อความ', en: 'must be text' });
  });
});
