import { describe, expect, it } from 'vitest';
import { assembleProfileLibrary, parseProfileIndex } from './profile-library';
import type { ProfileIndex } from './role-profile';
import { makeCatalogue, makeProfile, makeRatingScale } from '../../testing/profile-factory';

const index: ProfileIndex = { catalogue: 'catalogue.json', ratingScale: 'rating-scale.json', profiles: [{ id: 'mcio', file: 'mcio.json' }] };
const ratingScale = { file: 'rating-scale.json', data: makeRatingScale() };
const catalogueFile = { file: 'catalogue.json', data: makeCatalogue() };

describe('parseProfileIndex', () => {
  it('accepts the list of profile files', () => {
    expect(parseProfileIndex(index)).toEqual({ ok: true, index });
  });

  it('refuses a file name that could leave the profiles folder', () => {
    const result = parseProfileIndex({ ...index, profiles: [{ id: 'mcio', file: '../secret.json' }] });
    expect(result.ok).toBe(false);
    if (!result.ok && result.problem.kind === 'invalid') expect(result.problem.issues[0]?.path).toBe('profiles[0].file');
  });
});

describe('assembleProfileLibrary', () => {
  it('returns the catalogue and the profiles when everything is valid', () => {
    const result = assembleProfileLibrary(index, { catalogue: catalogueFile, ratingScale, profiles: [{ file: 'mcio.json', data: makeProfile() }] });
    expect(result.ok && result.library.profiles.map((p) => p.id)).toEqual(['mcio']);
  });

  it('names the file and the field of a schema error', () => {
    const broken = { ...makeProfile(), knowledge: [{ id: 'k-one', text: { th: 'x' } }] };
    const result = assembleProfileLibrary(index, { catalogue: catalogueFile, ratingScale, profiles: [{ file: 'mcio.json', data: broken }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ file: 'mcio.json', kind: 'invalid', issues: [expect.objectContaining({ path: 'knowledge[0].text.en' })] }]);
  });

  it('reports a unit code or behavioural competency that the catalogue lacks', () => {
    const profile = makeProfile({ competencies: ['DG100', 'DS999'], behavioural: ['visioning', 'telepathy'] });
    const result = assembleProfileLibrary(index, { catalogue: catalogueFile, ratingScale, profiles: [{ file: 'mcio.json', data: profile }] });
    if (result.ok) throw new Error('expected a problem');
    const problem = result.problems[0];
    expect(problem?.kind === 'invalid' && problem.issues.map((i) => [i.path, i.message.en])).toEqual([
      ['competencies[1]', '"DS999" is not in catalogue.json'],
      ['behavioural[1]', '"telepathy" is not in catalogue.json'],
    ]);
  });

  it('reports a profile whose id differs from the index', () => {
    const result = assembleProfileLibrary(index, {
      catalogue: catalogueFile,
      ratingScale,
      profiles: [{ file: 'mcio.json', data: makeProfile({ id: 'dcio' }) }],
    });
    expect(!result.ok && result.problems[0]?.kind === 'invalid' && result.problems[0].issues[0]?.path).toBe('id');
  });

  it('reports duplicate ids and codes', () => {
    const profile = makeProfile({
      competencies: ['DG100', 'DG100'],
      knowledge: [
        { id: 'a', text: { th: 'x', en: 'x' } },
        { id: 'a', text: { th: 'y', en: 'y' } },
      ],
    });
    const result = assembleProfileLibrary(index, { catalogue: catalogueFile, ratingScale, profiles: [{ file: 'mcio.json', data: profile }] });
    const issues = !result.ok && result.problems[0]?.kind === 'invalid' ? result.problems[0].issues : [];
    expect(issues.map((i) => i.path)).toEqual(['competencies[1]', 'knowledge[1]']);
    expect(issues[0]?.message).toEqual({ th: '"DG100" ซ้ำ', en: 'duplicate "DG100"' });
  });

  it('reports every broken file at once: catalogue and profile', () => {
    const catalogue = { ...makeCatalogue(), units: [{ code: 'DG100', group: 'DT', title: { th: 'x', en: 'x' } }] };
    const result = assembleProfileLibrary(index, {
      catalogue: { file: 'catalogue.json', data: catalogue },
      ratingScale,
      profiles: [{ file: 'mcio.json', data: null }],
    });
    expect(!result.ok && result.problems.map((p) => p.file)).toEqual(['catalogue.json', 'mcio.json']);
  });

  it('reports a rating scale that skips a level', () => {
    const scale = makeRatingScale();
    scale.proficiency.splice(2, 1);
    const result = assembleProfileLibrary(index, {
      catalogue: catalogueFile,
      ratingScale: { file: 'rating-scale.json', data: scale },
      profiles: [{ file: 'mcio.json', data: makeProfile() }],
    });
    expect(!result.ok && result.problems).toEqual([
      {
        file: 'rating-scale.json',
        kind: 'invalid',
        issues: [{ path: 'proficiency', message: { th: 'ต้องมีระดับ 0 ถึง 4 ครบและเรียงตามลำดับ', en: 'must list levels 0 to 4, in order' } }],
      },
    ]);
  });

  it('refuses an agency rating scale whose default target is 0, which would call every item met', () => {
    const scale = { ...makeRatingScale(), defaultTarget: 0 };
    const result = assembleProfileLibrary(index, {
      catalogue: catalogueFile,
      ratingScale: { file: 'rating-scale.json', data: scale },
      profiles: [{ file: 'mcio.json', data: makeProfile() }],
    });
    expect(!result.ok && result.problems).toEqual([
      {
        file: 'rating-scale.json',
        kind: 'invalid',
        issues: [{ path: 'defaultTarget', message: { th: 'ระดับที่คาดหวังตั้งต้นต้องอยู่ระหว่าง 1 ถึง 4', en: 'the default target must be between 1 and 4' } }],
      },
    ]);
  });

  it('reports a profile file that is missing', () => {
    const result = assembleProfileLibrary(index, { catalogue: catalogueFile, ratingScale, profiles: [] });
    expect(!result.ok && result.problems).toEqual([{ file: 'mcio.json', kind: 'unreadable' }]);
  });
});
