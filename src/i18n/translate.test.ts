import { describe, expect, it } from 'vitest';
import { en } from './en';
import { th } from './th';
import { translate } from './translate';

describe('translate', () => {
  it('gives the Thai and the English message for a key', () => {
    expect(translate('th', 'language.label')).toBe('ภาษา');
    expect(translate('en', 'language.label')).toBe('Language');
  });

  it('fills named placeholders and leaves unknown ones as they are', () => {
    expect(translate('en', 'profile.unitsInGroup', { count: 6 })).toBe('6 units');
    expect(translate('en', 'profile.unitsInGroup')).toBe('{count} units');
    expect(translate('en', 'profile.notFound', { other: 'x' })).toBe('No role profile "{id}": showing the first profile instead.');
  });

  it('has an English message for every Thai key and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
    for (const message of [...Object.values(th), ...Object.values(en)]) expect(message.trim()).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(th) as (keyof typeof th)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(th[key]));
    }
  });
});
