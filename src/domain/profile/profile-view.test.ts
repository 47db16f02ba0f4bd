import { describe, expect, it } from 'vitest';
import { countProfileItems, groupProfileUnits } from './profile-view';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';

describe('groupProfileUnits', () => {
  it('groups units by skill group in catalogue group order, keeping source order inside a group', () => {
    const groups = groupProfileUnits(makeProfile(), makeCatalogue());
    expect(groups.map((g) => [g.group.code, g.units.map((u) => u.code)])).toEqual([
      ['DG', ['DG200', 'DG100']],
      ['DT', ['DT100']],
      ['SPM', ['SPM300']],
    ]);
  });

  it('leaves out groups the profile does not use and codes the catalogue lacks', () => {
    const groups = groupProfileUnits(makeProfile({ competencies: ['DT100', 'DS999'] }), makeCatalogue());
    expect(groups.map((g) => g.group.code)).toEqual(['DT']);
  });
});

describe('countProfileItems', () => {
  it('counts units, knowledge, experience, starred experience and behavioural competencies', () => {
    expect(countProfileItems(makeProfile())).toEqual({ units: 4, knowledge: 1, experience: 2, starred: 1, behavioural: 1 });
  });
});

describe('pickText', () => {
  it('gives the text in the language, keeping ๆ on the line of the word it repeats', async () => {
    const { pickText } = await import('../shared/localized-text');
    expect(pickText({ th: 'ดำเนินการใด ๆ เพื่อ', en: 'any action' }, 'th')).toBe('ดำเนินการใด\u00a0ๆ เพื่อ');
    expect(pickText({ th: 'ไทย', en: 'English' }, 'en')).toBe('English');
  });
});
