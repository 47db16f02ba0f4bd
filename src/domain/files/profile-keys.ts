import { everyProfileItems, type AssessmentItem, type ProfilesAndCatalogue } from '../assessment/assessment-items';

/** The keys a role profile's items have, which is all a file may rate, record or plan for under that profile. */
export interface ProfileKeys {
  /** The profile as people call it, e.g. DCIO. */
  name: string;
  /** Keys of the items rated 0–4: `unit:DG100`, `criterion:SPM304.1`, `knowledge:…`, `behavioural:…`. */
  ratings: ReadonlySet<string>;
  /** Ids of the experience items. */
  experience: ReadonlySet<string>;
  /** Every item's key, experience as `experience:<id>`: what an action may serve. */
  items: ReadonlySet<string>;
}

/** The keys of a profile's items. */
export function profileKeysOf(name: string, items: readonly AssessmentItem[]): ProfileKeys {
  return {
    name,
    ratings: new Set(items.flatMap((item) => (item.kind === 'experience' ? [] : [item.key]))),
    experience: new Set(items.flatMap((item) => (item.kind === 'experience' ? [item.id] : []))),
    items: new Set(items.map((item) => item.key)),
  };
}

/** Every profile's keys, by profile id. */
export type ProfileKeysById = ReadonlyMap<string, ProfileKeys>;

/** The keys of every profile of the library, by profile id. */
export function profileKeysById(library: ProfilesAndCatalogue): ProfileKeysById {
  return new Map(everyProfileItems(library).map(({ profile, items }) => [profile.id, profileKeysOf(profile.abbreviation, items)]));
}
