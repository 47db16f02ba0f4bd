import type { Catalogue } from '../domain/profile/catalogue';
import type { RatingScale } from '../domain/profile/rating-scale';
import type { RoleProfile } from '../domain/profile/role-profile';

const text = (label: string) => ({ th: `${label} (th)`, en: `${label} (en)` });

/** A small valid catalogue for tests, with overrides. */
export function makeCatalogue(overrides: Partial<Catalogue> = {}): Catalogue {
  return {
    groups: (['DG', 'DT', 'DS', 'SPM', 'DL', 'DTR'] as const).map((code) => ({ code, title: text(code) })),
    units: [
      { code: 'DG100', group: 'DG', title: text('DG100') },
      { code: 'DT100', group: 'DT', title: text('DT100') },
      {
        code: 'SPM300',
        group: 'SPM',
        title: text('SPM300'),
        subUnits: [{ code: 'SPM304', title: text('SPM304'), criteria: [{ code: 'SPM304.1', text: text('SPM304.1') }] }],
      },
      { code: 'DG200', group: 'DG', title: text('DG200') },
    ],
    behavioural: [{ id: 'visioning', title: text('Visioning') }],
    ...overrides,
  };
}

/** A small valid role profile for tests, with overrides. */
export function makeProfile(overrides: Partial<RoleProfile> = {}): RoleProfile {
  return {
    id: 'mcio',
    abbreviation: 'MCIO',
    title: text('title'),
    role: text('role'),
    source: { number: text('number'), date: '2019-09-26', office: text('office'), amends: text('amends') },
    competencies: ['DT100', 'DG200', 'SPM300', 'DG100'],
    knowledge: [{ id: 'k-one', text: text('k1') }],
    experience: [
      { id: 'e-one', text: text('e1'), starred: false },
      { id: 'e-two', text: text('e2'), starred: true },
    ],
    behavioural: ['visioning'],
    notes: {
      starredExperience: text('two years'),
      sectionTwo: { knowledge: text('k2'), experience: text('e2'), attributes: text('a2') },
    },
    ...overrides,
  };
}

/** A valid rating scale for tests. */
export function makeRatingScale(overrides: Partial<RatingScale> = {}): RatingScale {
  const levels = [0, 1, 2, 3, 4].map((level) => ({ level, label: text(`L${level}`), description: text(`D${level}`) }));
  return {
    note: text('scale'),
    defaultTarget: 3,
    proficiency: levels,
    knowledge: levels.map((entry) => ({ ...entry, label: text(`K${entry.level}`) })),
    experience: (['none', 'some', 'yes'] as const).map((status) => ({ status, label: text(status), description: text(status) })),
    ...overrides,
  };
}
