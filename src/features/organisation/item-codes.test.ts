import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listAssessmentItems } from '../../domain/assessment/assessment-items';
import { catalogueSchema } from '../../domain/profile/catalogue';
import { codesByRole, codesLabel, roleCodes } from '../../domain/assessment/item-codes';
import { roleProfileSchema } from '../../domain/profile/role-profile';
import { rankingCsvRows } from './organisation-csv';

const read = (name: string): unknown => JSON.parse(readFileSync(`public/profiles/${name}`, 'utf8'));
const catalogue = catalogueSchema.parse(read('catalogue.json'));
const profiles = ['mcio', 'dcio', 'cio-assistant'].map((id) => roleProfileSchema.parse(read(`${id}.json`)));
const itemsOf = (id: string) => {
  const profile = profiles.find((candidate) => candidate.id === id);
  return profile ? listAssessmentItems(profile, catalogue) : [];
};
const roles = roleCodes(profiles, itemsOf);

describe("the items CSV's codes", () => {
  // Every item of every role, ranked as if each had one person short on it.
  const keys = [...new Set(profiles.flatMap((profile) => itemsOf(profile.id).map((item) => item.key)))];
  const items = new Map(profiles.flatMap((profile) => itemsOf(profile.id).map((item) => [item.key, item] as const)));
  const ranking = keys.flatMap((key) => {
    const item = items.get(key);
    return item ? [{ item, required: 1, below: 1, totalGap: 1, meanGap: 1 }] : [];
  });
  const [header = [], ...rows] = rankingCsvRows(ranking, { dataAsOf: null, today: '2026-12-06' }, roles);

  it("carry the id that is the same in every role, and each role's own code as its screens show it", () => {
    for (const profile of profiles) {
      const column = header.indexOf(`รหัสใน ${profile.abbreviation} / Code in ${profile.abbreviation}`);
      expect(column).toBeGreaterThan(0);
      const own = new Map(itemsOf(profile.id).map((item) => [item.key, item.code]));
      for (const row of rows) expect(row[column]).toBe(own.get(String(row[1])) ?? '');
    }
  });

  it('call enterprise-architecture experience E8 in MCIO and CIO Assistant and E9 in DCIO, as their screens do', () => {
    const row = rows.find((cells) => cells[1] === 'experience:enterprise-architecture') ?? [];
    expect(['MCIO', 'DCIO', 'CIO Assistant'].map((role) => row[header.indexOf(`รหัสใน ${role} / Code in ${role}`)])).toEqual(['E8', 'E9', 'E8']);
    expect(codesLabel('experience:enterprise-architecture', roles)).toBe('E8/E9');
    expect(codesLabel('unit:DG100', roles)).toBe('DG100');
    expect(codesByRole('experience:enterprise-architecture', roles)).toBe('MCIO E8 · DCIO E9 · CIO Assistant E8');
  });
});
