import type { Catalogue, SkillGroup, Unit } from './catalogue';
import type { RoleProfile } from './role-profile';

export interface UnitGroup {
  group: SkillGroup;
  units: Unit[];
}

/** The profile's competency units grouped by skill group, groups in catalogue order, units in source order. */
export function groupProfileUnits(profile: RoleProfile, catalogue: Catalogue): UnitGroup[] {
  const unitsByCode = new Map(catalogue.units.map((unit) => [unit.code, unit]));
  const units = profile.competencies.flatMap((code) => unitsByCode.get(code) ?? []);
  return catalogue.groups.map((group) => ({ group, units: units.filter((unit) => unit.group === group.code) })).filter((entry) => entry.units.length > 0);
}

export interface ProfileCounts {
  units: number;
  knowledge: number;
  experience: number;
  starred: number;
  behavioural: number;
}

/** How many items of each kind the profile requires. */
export function countProfileItems(profile: RoleProfile): ProfileCounts {
  return {
    units: profile.competencies.length,
    knowledge: profile.knowledge.length,
    experience: profile.experience.length,
    starred: profile.experience.filter((item) => item.starred).length,
    behavioural: profile.behavioural.length,
  };
}
