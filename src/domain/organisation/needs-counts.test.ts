import { describe, expect, it } from 'vitest';
import { makeNeedPerson, makeResource, needItemOf, needItems } from '../../testing/training-needs-factory';
import { countedDemand, countNeeds } from './needs-counts';
import { resourceDemand, trainingNeeds, type NeedPerson } from './training-needs';

const today = '2026-12-06';

/** A made-up organisation: people short on random items (some the roll-up does not know), in any order, with gaps in tenths. */
function randomOrganisation(seed: number) {
  let state = seed;
  const random = () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const keys = [...needItems.map((item) => item.key), 'unit:UNKNOWN'];
  const agencies = ['กรม ก', 'กรม ข', 'กรม ค', ''];
  const people: NeedPerson[] = Array.from({ length: 1 + Math.floor(random() * 40) }, (_, index) =>
    makeNeedPerson({
      id: `p${index}`,
      agency: pick(agencies),
      appointedOn: pick(['2024-01-10', '2025-06-01', '2026-03-01']),
      shortfalls: keys
        .filter(() => random() < 0.6)
        .sort(() => random() - 0.5)
        .map((key) => {
          const target = pick([2, 3, 4]);
          return { key, target, gap: key.startsWith('experience:') ? pick([1.5, 3]) : Math.max(0.1, Math.round(random() * target * 10) / 10) };
        }),
      served: random() < 0.3 ? [{ key: pick(keys), status: pick(['planned', 'done'] as const), targetOn: pick(['2027-11-15', '2028-02-01']) }] : [],
    }),
  );
  const resources = Array.from({ length: Math.floor(random() * 12) }, (_, index) =>
    makeResource({
      id: `R${index}`,
      level: 1 + Math.floor(random() * 4),
      hours: pick([1.5, 3, 6, 12]),
      costBaht: pick([0, 1500, 3000, 2750.5]),
      serves: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(keys)),
    }),
  );
  return { people, resources };
}

describe('countNeeds and countedDemand', () => {
  it('give on 300 random organisations exactly what trainingNeeds and resourceDemand give, in all, by agency and by fiscal year', () => {
    let attendances = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { people, resources } = randomOrganisation(seed);
      const input = { people, resources, itemOf: needItemOf, today };
      const straight = trainingNeeds(input);
      const counted = countNeeds(input);
      expect(counted.needs).toEqual(straight.needs);
      expect(counted.unserved).toEqual(straight.unserved);
      const columns = counted.attendances;
      expect(
        Array.from({ length: columns.length }, (_, at) => ({
          person: columns.person[at],
          resource: columns.resource[at],
          points: columns.points[at],
          fiscalYear: columns.fiscalYear[at],
        })),
      ).toEqual(straight.attendances.map(({ person, resource, points, fiscalYear }) => ({ person, resource, points, fiscalYear })));
      attendances += columns.length;
      const agencies = [...new Set(people.map((person) => person.agency))];
      expect(countedDemand(columns, resources)).toEqual(resourceDemand(straight, resources));
      expect(
        countedDemand(columns, resources, {
          of: (person) => agencies.indexOf(people[person]?.agency ?? ''),
          name: (group) => agencies[group] ?? '',
        }),
      ).toEqual(resourceDemand(straight, resources, (attendance) => people[attendance.person]?.agency ?? ''));
      expect(countedDemand(columns, resources, { of: (_, fiscalYear) => fiscalYear, name: String })).toEqual(
        resourceDemand(straight, resources, (attendance) => String(attendance.fiscalYear)),
      );
    }
    // The cases are not empty ones.
    expect(attendances).toBeGreaterThan(500);
  });

  it('counts nothing for no people', () => {
    const counted = countNeeds({ people: [], resources: [makeResource()], itemOf: needItemOf, today });
    expect(counted).toMatchObject({ needs: [], unserved: [], attendances: { length: 0 } });
    expect(countedDemand(counted.attendances, [makeResource()])).toEqual([]);
  });
});
