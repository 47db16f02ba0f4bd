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
  { rule: 'an experience is acquired when its status is "yes" (isAcquired)', home: 'domain/scoring.ts', shapes: [/status\s*[!=]==?\s*'yes'/, /'yes'\s*[!=]==?\s*\w*\.?status/] },
  { rule: 'an item\'s target is its own or the default (targetOf)', home: 'domain/scoring.ts', shapes: [/\btarget\s*\?\?/] },
  { rule: 'below target means a positive gap (isBelowBy, standingStatus)', home: 'domain/scoring.ts', shapes: [/\bgap\s*>\s*0\b/, /\bgap\s*<=\s*0\b/] },
  // What every screen of one assessment starts from (store/use-assessment-screen.ts builds on these three).
  { rule: 'a role profile is found by its id (profileOf)', home: 'domain/role-profile.ts', shapes: [/\bprofiles\.find\(/] },
  { rule: "a profile's items are listed once (profileItems, everyProfileItems)", home: 'domain/assessment-items.ts', shapes: [/\blistAssessmentItems\(/] },
  { rule: 'an item is named by its code and title (itemLabel, itemLabelOf)', home: 'domain/assessment-items.ts', shapes: [/\.code\}\s*\$?\{pickText\(/] },
  { rule: 'the not-found panel is written once (NotFoundScreen)', home: 'app/not-found-screen.tsx', shapes: [/\bt\(['"`]notFound\./] },
  { rule: 'an assessment this browser does not hold shows the not-found screen, for every screen of it', home: 'app/screen.tsx', shapes: [/<NotFoundScreen assessmentId=/] },
];

describe('rules with one home', () => {
  for (const { rule, home, shapes } of rules) {
    it(`${rule} is written in ${home} only`, () => {
      const copies = files.flatMap((file) =>
        file.path === home ? [] : file.lines.flatMap((line, index) => (shapes.some((shape) => shape.test(line)) ? [`${file.path}:${index + 1}: ${line.trim()}`] : [])),
      );
      expect(copies).toEqual([]);
      expect(files.find((file) => file.path === home)?.lines.some((line) => shapes.some((shape) => shape.test(line)))).toBe(true);
    });
  }
});
