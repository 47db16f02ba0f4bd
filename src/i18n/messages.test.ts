import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionMessages } from './action-messages';
import { problemMessages } from './problem-messages';
import { assessmentCsvMessages } from './assessment-csv-messages';
import { deadlineMessages } from './deadline-messages';
import { ratingMessages } from './rating-messages';
import { reviewDraftMessages } from './review-draft-messages';
import { formMessages } from './form-messages';
import { reviewNoteMessages } from './review-note-messages';
import { basisMessages } from './basis-messages';
import { chainMessages } from './chain-messages';
import { messageProblems } from './message-checks';
import { coreMessages } from './core-messages';
import type { Messages } from './translate';

// Every feature's messages file, found by its name, so a new feature's messages are checked by themselves; and
// the app's own (the storage notices keep theirs apart, out of the first load).
const featureModules = import.meta.glob<Record<string, unknown>>(['../features/*/messages.ts', '../features/*/*-messages.ts', '../app/*-messages.ts'], {
  eager: true,
});
const isMessages = (value: unknown): value is Messages<string> => typeof value === 'object' && value !== null && 'th' in value && 'en' in value;
const sets: [string, Messages<string>][] = [
  ['i18n', coreMessages],
  ['i18n/form-messages', formMessages],
  ['i18n/action-messages', actionMessages],
  ['i18n/review-note-messages', reviewNoteMessages],
  ['i18n/basis-messages', basisMessages],
  ['i18n/chain-messages', chainMessages],
  ['i18n/problem-messages', problemMessages],
  ['i18n/assessment-csv-messages', assessmentCsvMessages],
  ['i18n/deadline-messages', deadlineMessages],
  ['i18n/rating-messages', ratingMessages],
  ['i18n/review-draft-messages', reviewDraftMessages],
  ...Object.entries(featureModules).flatMap(([path, module]) =>
    Object.values(module)
      .filter(isMessages)
      .map((messages): [string, Messages<string>] => [path, messages]),
  ),
];

const srcDir = join(import.meta.dirname, '..');
const sourceFiles = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter(
  (file) =>
    /\.tsx?$/.test(file) &&
    !/\.test\.tsx?$/.test(file) &&
    !/(^|\/)messages\.ts$/.test(file) &&
    !/^i18n\/(form|action|review-note|basis|chain|problem|rating|review-draft)-messages\.ts$/.test(file) &&
    !/^i18n\/(th|en)\.ts$/.test(file) &&
    !file.startsWith('testing/'),
);
const source = sourceFiles.map((file) => readFileSync(join(srcDir, file), 'utf8')).join('\n');
// Keys built at run time, e.g. t(`plan.kind.${kind}`): every key under that prefix counts as used.
const dynamicPrefixes = [...source.matchAll(/\b(?:t|text|ui|translate\w*\(\w+\))\(`([\w.-]+\.)\$\{/g)].map((match) => match[1] ?? '');
const isUsed = (key: string) => source.includes(`'${key}'`) || dynamicPrefixes.some((prefix) => key.startsWith(prefix));

describe('the messages of the app and of every feature', () => {
  it('counts a key built at run time only under a prefix passed to a translate function', () => {
    expect(dynamicPrefixes).toEqual(expect.arrayContaining(['action.kind.', 'action.status.']));
    expect(dynamicPrefixes).not.toContain('assessments.');
  });

  it('finds every feature folder that has messages', () => {
    expect(sets.map(([path]) => path)).toEqual(expect.arrayContaining(['i18n', '../features/assessment/messages.ts', '../features/report/messages.ts']));
  });

  it.each(sets)('%s: every key in Thai and English, none empty, with the same placeholders', (_path, messages) => {
    expect(messageProblems(messages)).toEqual([]);
  });

  it.each(sets)('%s: every key is used somewhere in the code', (_path, messages) => {
    expect(Object.keys(messages.th).filter((key) => !isUsed(key))).toEqual([]);
  });

  // The screen and the printout write numbers in Arabic digits, as Intl th-TH does for every computed date and
  // figure (docs/data-notes.md, "Digits"). The exceptions name the Thai digits as the report's and the organisation summary's option's example.
  const mayShowThaiDigits = new Set(['report.thaiDigits', 'orgPrint.thaiDigits']);
  it.each(sets)('%s: no message writes a Thai digit', (_path, messages) => {
    const withThaiDigits = (['th', 'en'] as const).flatMap((language) =>
      Object.entries(messages[language])
        .filter(([key, text]) => /[๐-๙]/.test(text) && !mayShowThaiDigits.has(key))
        .map(([key]) => `${language}:${key}`),
    );
    expect(withThaiDigits).toEqual([]);
  });

  it.each(sets)('%s: no English message hedges a count with "(s)": plurals go by Intl.PluralRules', (_path, messages) => {
    expect(
      Object.entries(messages.en)
        .filter(([, text]) => /\w\((s|es)\)/.test(text))
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('has no feature key that repeats a shared one (the core messages, the forms’ errors, the actions’ names, the files’ problems)', () => {
    const shared = new Set(
      [
        coreMessages,
        formMessages,
        actionMessages,
        reviewNoteMessages,
        basisMessages,
        chainMessages,
        problemMessages,
        assessmentCsvMessages,
        deadlineMessages,
        ratingMessages,
        reviewDraftMessages,
      ].flatMap((messages) => Object.keys(messages.th)),
    );
    const repeated = sets.slice(11).flatMap(([, messages]) => Object.keys(messages.th).filter((key) => shared.has(key)));
    expect(repeated).toEqual([]);
  });
});
