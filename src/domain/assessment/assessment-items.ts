import type { Catalogue, SkillGroupCode } from '../profile/catalogue';
import { pickText, type Language, type LocalizedText } from '../shared/localized-text';
import type { RatingKey } from './assessment';
import { profileOf, type RoleProfile } from '../profile/role-profile';

export const assessmentSections = ['units', 'knowledge', 'experience', 'behavioural'] as const;
export type AssessmentSection = (typeof assessmentSections)[number];

interface RatedItemBase {
  key: RatingKey;
  title: LocalizedText;
  /** What the search matches besides the title: a code such as DG100, or the item's number. */
  code: string;
}

/** An item rated on the 0–4 scale: a unit, a sub-unit criterion, a knowledge item or a behavioural competency. */
export type ProficiencyItem = RatedItemBase &
  (
    | { kind: 'unit'; section: 'units'; group: SkillGroupCode }
    | { kind: 'criterion'; section: 'units'; group: SkillGroupCode; parentCode: string; subUnitCode: string; subUnitTitle: LocalizedText }
    | { kind: 'knowledge'; section: 'knowledge' }
    | { kind: 'behavioural'; section: 'behavioural' }
  ) & { scale: 'proficiency' | 'knowledge' };

/** An experience item, rated none / some / yes; starred ones have a two-year deadline. */
export interface ExperienceItem {
  kind: 'experience';
  section: 'experience';
  key: `experience:${string}`;
  id: string;
  code: string;
  title: LocalizedText;
  starred: boolean;
}

export type AssessmentItem = ProficiencyItem | ExperienceItem;

/**
 * Every item the profile requires, in the circular's order: units by skill group (SPM304's criteria right
 * after SPM300), then knowledge, experience and behavioural competencies.
 */
export function listAssessmentItems(profile: RoleProfile, catalogue: Catalogue): AssessmentItem[] {
  const unitsByCode = new Map(catalogue.units.map((unit) => [unit.code, unit]));
  const groupOrder = new Map(catalogue.groups.map((group, index) => [group.code, index]));
  const units = profile.competencies
    .flatMap((code) => unitsByCode.get(code) ?? [])
    .map((unit, sourceIndex) => ({ unit, sourceIndex }))
    .sort((a, b) => (groupOrder.get(a.unit.group) ?? 0) - (groupOrder.get(b.unit.group) ?? 0) || a.sourceIndex - b.sourceIndex)
    .map(({ unit }) => unit);

  const unitItems = units.flatMap((unit): ProficiencyItem[] => [
    { kind: 'unit', section: 'units', scale: 'proficiency', key: `unit:${unit.code}`, code: unit.code, title: unit.title, group: unit.group },
    ...(unit.subUnits ?? []).flatMap((subUnit) =>
      subUnit.criteria.map((criterion): ProficiencyItem => ({
        kind: 'criterion',
        section: 'units',
        scale: 'proficiency',
        key: `criterion:${criterion.code}`,
        code: criterion.code,
        title: criterion.text,
        group: unit.group,
        parentCode: unit.code,
        subUnitCode: subUnit.code,
        subUnitTitle: subUnit.title,
      })),
    ),
  ]);
  const knowledgeItems = profile.knowledge.map((item, index): ProficiencyItem => ({
    kind: 'knowledge',
    section: 'knowledge',
    scale: 'knowledge',
    key: `knowledge:${item.id}`,
    code: `K${index + 1}`,
    title: item.text,
  }));
  const experienceItems = profile.experience.map((item, index): ExperienceItem => ({
    kind: 'experience',
    section: 'experience',
    key: `experience:${item.id}`,
    id: item.id,
    code: `E${index + 1}`,
    title: item.text,
    starred: item.starred,
  }));
  const behaviouralById = new Map(catalogue.behavioural.map((item) => [item.id, item]));
  const behaviouralItems = profile.behavioural.flatMap((id, index): ProficiencyItem[] => {
    const competency = behaviouralById.get(id);
    return competency
      ? [{ kind: 'behavioural', section: 'behavioural', scale: 'proficiency', key: `behavioural:${id}`, code: `B${index + 1}`, title: competency.title }]
      : [];
  });
  return [...unitItems, ...knowledgeItems, ...experienceItems, ...behaviouralItems];
}

/** An item (or a skill group) as people name it: its code and its title in the language, "DG100 Comply with the law". */
export function itemLabel(item: Pick<AssessmentItem, 'code' | 'title'>, language: Language): string {
  return `${item.code} ${pickText(item.title, language)}`;
}

/** The label of the item under `key` among `items`, or the key itself when the profile has no such item. */
export function itemLabelOf(items: readonly AssessmentItem[], key: string, language: Language): string {
  const item = items.find((candidate) => candidate.key === key);
  return item ? itemLabel(item, language) : key;
}

/** A role profile with its items in the circular's order. */
export interface ProfileItems {
  profile: RoleProfile;
  items: AssessmentItem[];
}

/** What profileItems reads: the library's profiles and catalogue. */
export interface ProfilesAndCatalogue {
  profiles: readonly RoleProfile[];
  catalogue: Catalogue;
}

// Items are listed once a profile: a profile belongs to the one library loaded at start, with its one catalogue.
const listed = new WeakMap<RoleProfile, AssessmentItem[]>();

function itemsOf(profile: RoleProfile, catalogue: Catalogue): AssessmentItem[] {
  const items = listed.get(profile) ?? listAssessmentItems(profile, catalogue);
  listed.set(profile, items);
  return items;
}

/**
 * The profile `profileId` of the library and its items, or null when the library has no such profile: how every
 * screen and module gets a profile's items (listAssessmentItems is for this module and tests).
 */
export function profileItems(library: ProfilesAndCatalogue, profileId: string | null | undefined): ProfileItems | null {
  const profile = profileOf(library.profiles, profileId);
  return profile ? { profile, items: itemsOf(profile, library.catalogue) } : null;
}

/** Every profile of the library with its items, in the library's order. */
export function everyProfileItems(library: ProfilesAndCatalogue): ProfileItems[] {
  return library.profiles.map((profile) => ({ profile, items: itemsOf(profile, library.catalogue) }));
}
