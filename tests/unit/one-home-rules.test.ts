import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Rules written once (STYLE 15): a second copy, in any module but the rule's home, fails here by its shape. */
const src = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(src).map((path) => ({ path: relative(src, path), lines: readFileSync(path, 'utf8').split('\n') }));

/** Each rule: its home, and the shapes its copies take. */
const rules = [
  {
    rule: 'an experience is acquired when its status is "yes" (isAcquired)',
    home: 'domain/scoring/scoring.ts',
    shapes: [/status\s*[!=]==?\s*'yes'/, /'yes'\s*[!=]==?\s*\w*\.?status/],
  },
  { rule: "an item's target is its own or the default (targetOf)", home: 'domain/scoring/scoring.ts', shapes: [/\btarget\s*\?\?/] },
  { rule: 'below target means a positive gap (isBelowBy, standingStatus)', home: 'domain/scoring/scoring.ts', shapes: [/\bgap\s*>\s*0\b/, /\bgap\s*<=\s*0\b/] },
  // What every screen of one assessment starts from (store/use-assessment-screen.ts builds on these three).
  { rule: 'a role profile is found by its id (profileOf)', home: 'domain/profile/role-profile.ts', shapes: [/\bprofiles\.find\(/] },
  {
    rule: "a profile's items are listed once (profileItems, everyProfileItems)",
    home: 'domain/assessment/assessment-items.ts',
    shapes: [/\blistAssessmentItems\(/],
  },
  {
    rule: 'an item is named by its code and title (itemLabel, itemLabelOf)',
    home: 'domain/assessment/assessment-items.ts',
    shapes: [/\.code\}\s*\$?\{pickText\(/],
  },
  { rule: 'the not-found panel is written once (NotFoundScreen)', home: 'app/not-found-screen.tsx', shapes: [/\bt\(['"`]notFound\./] },
  {
    rule: 'an assessment this browser does not hold shows the not-found screen, for every screen of it',
    home: 'app/screen.tsx',
    shapes: [/<NotFoundScreen assessmentId=/],
  },
  // Imports: one flow for an exchange file, one canonical JSON, one hash.
  {
    rule: 'JSON is made canonical by sorting object keys in one place (canonicalText)',
    home: 'domain/shared/canonical-text.ts',
    shapes: [/\.sort\(\(\[a\],\s*\[b\]\)/],
  },
  { rule: 'the one hash is FNV-1a 64 (fnv1a64)', home: 'domain/shared/hash.ts', shapes: [/0x811c9dc5|0x01000193|cbf29ce4|100000001b3/i] },
  {
    rule: 'whom an exchange file is made for is checked in one flow (readExchangeFile)',
    home: 'domain/files/exchange-file.ts',
    shapes: [/file\.assessmentId !== /, /file\.profileId !== /],
  },
  {
    rule: 'a chosen exchange file is read, refused or handed over in one flow (useExchangeFile)',
    home: 'features/review/file-picker.tsx',
    shapes: [/<RefusalNotice\b/, /readFileText\([^)]*maxExchangeFileBytes/],
  },
  // Words: a deadline's status and its days in one shared message set; a file's problems worded in one place.
  {
    rule: "a deadline's status in words (deadlineStatusName)",
    home: 'i18n/deadline-messages.ts',
    shapes: [/'(ยังอยู่ในกำหนด|ใกล้ครบกำหนด|เกินกำหนด|on track|due soon)'/],
  },
  { rule: 'the days to a deadline in words (daysLeftText)', home: 'i18n/deadline-messages.ts', shapes: [/'เหลือ \{days\} วัน'|'เกินมา \{days\} วัน'/] },
  {
    rule: "a file's problems in words (problemText)",
    home: 'i18n/problem-messages.ts',
    shapes: [/ไฟล์นี้ไม่ใช่|The file is not|forbidden key|The file comes from a newer version/],
  },
];

describe('rules with one home', () => {
  for (const { rule, home, shapes } of rules) {
    it(`${rule} is written in ${home} only`, () => {
      const copies = files.flatMap((file) =>
        file.path === home
          ? []
          : file.lines.flatMap((line, index) => (shapes.some((shape) => shape.test(line)) ? [`${file.path}:${index + 1}: ${line.trim()}`] : [])),
      );
      expect(copies).toEqual([]);
      expect(files.find((file) => file.path === home)?.lines.some((line) => shapes.some((shape) => shape.test(line)))).toBe(true);
    });
  }
});

// The domain says which problem, with what values; the features word it (i18n/problem-messages.ts, the CSVs' messages).
// The domain's file readers and writers, all in domain/files.
const wordless = [
  'backup.ts',
  'exchange-file.ts',
  'content-checks.ts',
  'content-problem.ts',
  'file-size.ts',
  'file-version.ts',
  'review.ts',
  'plan-handoff.ts',
  'assessment-csv.ts',
];

describe('the domain returns codes with parameters', () => {
  it.each(wordless)('domain/files/%s holds no Thai words', (name) => {
    const file = files.find((candidate) => candidate.path === `domain/files/${name}`);
    expect(file).toBeDefined();
    expect(file?.lines.filter((line) => /[\u0E00-\u0E7F]/.test(line) && !/^\s*(\/\/|\*|\/\*\*)/.test(line))).toEqual([]);
  });
});
