import { describe, expect, it } from 'vitest';
import { assembleProfileLibrary, parseProfileIndex, type ProfileLibrary } from '../../src/domain/profile/profile-library';
import { countProfileItems } from '../../src/domain/profile/profile-view';
import { readProfileFile } from './read-profile-files';

function loadShippedLibrary(): ProfileLibrary {
  const index = parseProfileIndex(readProfileFile('index.json').data);
  if (!index.ok) throw new Error('index.json does not validate');
  const result = assembleProfileLibrary(index.index, {
    catalogue: readProfileFile(index.index.catalogue),
    ratingScale: readProfileFile(index.index.ratingScale),
    profiles: index.index.profiles.map((entry) => readProfileFile(entry.file)),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.library;
}

const library = loadShippedLibrary();
const profile = (id: string) => {
  const found = library.profiles.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
};

describe('the shipped profile data (counted by hand from circular นร 1013/ว 18)', () => {
  it('lists the three role profiles in the circular order', () => {
    expect(library.profiles.map((p) => p.id)).toEqual(['mcio', 'dcio', 'cio-assistant']);
  });

  it.each([
    ['mcio', { units: 24, knowledge: 15, experience: 9, starred: 2, behavioural: 4 }],
    ['dcio', { units: 28, knowledge: 15, experience: 10, starred: 2, behavioural: 4 }],
    ['cio-assistant', { units: 31, knowledge: 16, experience: 11, starred: 2, behavioural: 4 }],
  ])('pins the counts of the %s profile', (id, counts) => {
    expect(countProfileItems(profile(id))).toEqual(counts);
  });

  it('keeps the competency units in source order', () => {
    expect(profile('mcio').competencies).toEqual([
      'DG100',
      'DG200',
      'DG300',
      'DG500',
      'DG600',
      'DT100',
      'DT200',
      'DT300',
      'DT500',
      'DT600',
      'DS400',
      'DS700',
      'SPM100',
      'SPM200',
      'SPM300',
      'SPM400',
      'SPM500',
      'SPM600',
      'DL100',
      'DL200',
      'DL300',
      'DTR100',
      'DTR200',
      'DTR300',
    ]);
    expect(profile('dcio').competencies.filter((code) => code.startsWith('DS'))).toEqual(['DS100', 'DS200', 'DS300', 'DS500', 'DS600', 'DS700']);
    expect(profile('cio-assistant').competencies.filter((code) => /^D[GT]\d/.test(code))).toEqual([
      'DG100',
      'DG200',
      'DG300',
      'DG400',
      'DG500',
      'DG600',
      'DT100',
      'DT200',
      'DT300',
      'DT500',
      'DT600',
      'DT700',
    ]);
  });

  it('stars the experience items the circular stars', () => {
    const starred = (id: string) =>
      profile(id)
        .experience.filter((item) => item.starred)
        .map((item) => item.id);
    expect(starred('mcio')).toEqual(['enterprise-architecture', 'it-systems-management']);
    expect(starred('dcio')).toEqual(['enterprise-architecture', 'it-systems-management']);
    expect(starred('cio-assistant')).toEqual(['study-visit', 'enterprise-architecture']);
  });

  it('puts the two assistant items printed after the footnote last, unstarred', () => {
    const tail = profile('cio-assistant').experience.slice(-2);
    expect(tail.map((item) => [item.id, item.starred])).toEqual([
      ['software-development', false],
      ['it-security', false],
    ]);
  });

  it('resolves every unit code in the catalogue, and the catalogue holds exactly the units in use', () => {
    const catalogueCodes = library.catalogue.units.map((unit) => unit.code);
    const used = new Set(library.profiles.flatMap((p) => p.competencies));
    for (const code of used) expect(catalogueCodes).toContain(code);
    expect(catalogueCodes).toHaveLength(31);
    expect(new Set(catalogueCodes)).toEqual(used);
  });

  it('carries SPM304 with its four criteria under SPM300', () => {
    const spm300 = library.catalogue.units.find((unit) => unit.code === 'SPM300');
    expect(spm300?.subUnits?.map((sub) => sub.code)).toEqual(['SPM304']);
    expect(spm300?.subUnits?.[0]?.criteria.map((c) => c.code)).toEqual(['SPM304.1', 'SPM304.2', 'SPM304.3', 'SPM304.4']);
    expect(spm300?.subUnits?.[0]?.title.en).toContain('Strategic Outsourcing');
  });

  it('names the four behavioural competencies with the circular English', () => {
    expect(library.catalogue.behavioural.map((b) => b.title.en)).toEqual([
      'Visioning',
      'Strategic Orientation',
      'Change Leadership',
      'Coaching and Empowering Others',
    ]);
    for (const p of library.profiles) expect(p.behavioural).toHaveLength(4);
  });

  it('gives the same text to an item id wherever it appears, so ids stay stable across profiles', () => {
    const textsById = new Map<string, string>();
    for (const p of library.profiles) {
      for (const item of [...p.knowledge.map((k) => ({ ...k, kind: 'k' })), ...p.experience.map((e) => ({ ...e, kind: 'e' }))]) {
        const key = `${item.kind}:${item.id}`;
        const seen = textsById.get(key);
        if (seen) expect(item.text.th, key).toBe(seen);
        textsById.set(key, item.text.th);
      }
    }
    expect(textsById.size).toBeGreaterThan(20);
  });

  it('pins the ids, so saved assessments keep pointing at the same items', () => {
    // Written out, not a snapshot: `vitest -u` must not be able to re-pin ids that saved assessments point at.
    expect(profile('cio-assistant').knowledge.map((k) => k.id)).toEqual([
      'policy-strategy-linkage',
      'digital-transformation',
      'enterprise-architecture',
      'project-management',
      'team-building',
      'data-analysis',
      'coaching-and-performance',
      'stakeholder-management',
      'agile',
      'digital-risk-management',
      'inter-agency-linkage',
      'sla-management',
      'service-design',
      'cyber-security',
      'it-service-management',
      'software-development',
    ]);
    expect(profile('mcio').experience.map((e) => e.id)).toEqual([
      'policy-making',
      'networking',
      'data-use',
      'project-management',
      'budget-management',
      'quality-management',
      'study-visit',
      'enterprise-architecture',
      'it-systems-management',
    ]);
    expect(profile('dcio').experience.map((e) => e.id)).toEqual([
      'policy-making',
      'implementation',
      'networking',
      'data-use',
      'project-management',
      'budget-management',
      'quality-management',
      'study-visit',
      'enterprise-architecture',
      'it-systems-management',
    ]);
    expect(profile('cio-assistant').experience.map((e) => e.id)).toEqual([
      'policy-making',
      'implementation',
      'networking',
      'project-management',
      'budget-management',
      'quality-management',
      'study-visit',
      'enterprise-architecture',
      'it-systems-management',
      'software-development',
      'it-security',
    ]);
  });

  it('applies the recorded normalisations of the OCR text', () => {
    const everything = JSON.stringify(library);
    expect(everything).not.toContain('ประสพการณ์');
    expect(everything).not.toContain('แก๊ซ');
    expect(everything).not.toContain('พัฒนาธรรมาภิบาลอิเล็กทรอนิกส์');
    expect(everything).not.toContain('แก่คนที่ใช้งานได้');
    expect(everything).not.toContain('เก่งกระบวนงาน');
    expect(everything).not.toContain(' *');
    expect(everything).not.toContain('Empowering Other"');
    expect(profile('mcio').role.th).toContain('การพัฒนารัฐบาลดิจิทัลของกระทรวง');
    expect(profile('mcio').role.th).toContain('หลักธรรมาภิบาล');
  });

  it('points to section 2 of ว 6/2561 without inventing its items', () => {
    for (const p of library.profiles) {
      expect(p.notes.sectionTwo.knowledge.th).toContain('หมวด 2');
      expect(p.notes.sectionTwo.experience.th).toContain('หมวด 2');
      expect(p.notes.sectionTwo.attributes.th).toContain('หมวด 2');
      expect(p.notes.starredExperience.th).toContain('2 ปี');
    }
  });

  it('writes every number in Arabic digits, the circular\'s number included (docs/data-notes.md, "Digits")', () => {
    const shown = JSON.stringify(library);
    expect(shown.match(/[๐-๙]+/g)).toBeNull();
    expect(profile('dcio').source.number.th).toBe('นร 1013/ว 18');
  });
});
