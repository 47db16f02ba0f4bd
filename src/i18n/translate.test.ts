import { describe, expect, it } from 'vitest';
import { messageProblems } from './message-checks';
import { createTranslator, formatMessage, placeholderNames, translateCore } from './translate';

describe('createTranslator', () => {
  it('gives the Thai and the English message for a key', () => {
    expect(translateCore('th')('language.label')).toBe('ภาษา');
    expect(translateCore('en')('language.label')).toBe('Language');
  });

  it('gives the same function for a language each time, so hooks can depend on it', () => {
    expect(translateCore('en')).toBe(translateCore('en'));
  });

  it('fills named placeholders and leaves unknown ones as they are', () => {
    expect(translateCore('en')('profile.unitsInGroup', { count: 6 })).toBe('6\u00a0units');
    expect(formatMessage('en', '{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(formatMessage('en', '{a}', { constructor: 'x' })).toBe('{a}');
  });

  it('chooses plural forms by the language’s plural rules', () => {
    const template = 'Imported {count, plural, =0 {no assessment} one {# assessment} other {# assessments}} from {file}';
    expect(formatMessage('en', template, { count: 0, file: 'a.json' })).toBe('Imported no assessment from a.json');
    expect(formatMessage('en', template, { count: 1, file: 'a.json' })).toBe('Imported 1 assessment from a.json');
    expect(formatMessage('en', template, { count: 2, file: 'a.json' })).toBe('Imported 2 assessments from a.json');
    // Thai has one form: "other".
    expect(formatMessage('th', 'นำเข้า {count, plural, other {# รายการ}}', { count: 1 })).toBe('นำเข้า 1 รายการ');
    expect(placeholderNames(template)).toEqual(['count', 'file']);
  });

  it('throws on a key with no message in development and tests, instead of returning undefined', () => {
    const translate = createTranslator({ th: { a: 'ก' }, en: { a: 'A' } });
    const dynamicKey: string = 'b';
    expect(() => (translate('en') as (key: string) => string)(dynamicKey)).toThrow('No en message for "b"');
  });

  it('notices a missing, empty or mismatched message', () => {
    expect(messageProblems({ th: { a: '{x}', b: 'b', c: ' ' }, en: { a: '{y}', c: 'c' } })).toEqual(['a: placeholders differ', 'b: missing in en', 'c: empty']);
  });
});
