import { describe, expect, it } from 'vitest';
import { messageProblems } from './message-checks';
import { coreMessages, fillPlaceholders, translate } from './translate';

describe('translate', () => {
  it('gives the Thai and the English message for a key', () => {
    expect(translate('th', 'language.label')).toBe('ภาษา');
    expect(translate('en', 'language.label')).toBe('Language');
  });

  it('fills named placeholders and leaves unknown ones as they are', () => {
    expect(translate('en', 'profile.unitsInGroup', { count: 6 })).toBe('6\u00a0units');
    expect(fillPlaceholders('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(fillPlaceholders('{a}', { constructor: 'x' })).toBe('{a}');
  });

  it('has every shared message in both languages, none empty, with the same placeholders', () => {
    expect(messageProblems(coreMessages)).toEqual([]);
  });

  it('notices a missing, empty or mismatched message', () => {
    expect(messageProblems({ th: { a: '{x}', b: 'b', c: ' ' }, en: { a: '{y}', c: 'c' } })).toEqual(['a: placeholders differ', 'b: missing in en', 'c: empty']);
  });
});
