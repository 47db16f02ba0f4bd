import { everyProfileItems, type AssessmentItem, type ProfilesAndCatalogue } from './assessment-items';

/** Each profile's items, in the circular's order, by profile id (what the organisation view's workers are given). */
export function itemsByProfile(library: ProfilesAndCatalogue): Record<string, AssessmentItem[]> {
  return Object.fromEntries(everyProfileItems(library).map(({ profile, items }) => [profile.id, items]));
}
