import { listAssessmentItems, type AssessmentItem } from './assessment-items';
import type { Catalogue } from './catalogue';
import type { RoleProfile } from './role-profile';

/** Each profile's items, in the circular's order, by profile id (what the organisation view's workers are given). */
export function itemsByProfile(profiles: readonly RoleProfile[], catalogue: Catalogue): Record<string, AssessmentItem[]> {
  return Object.fromEntries(profiles.map((profile) => [profile.id, listAssessmentItems(profile, catalogue)]));
}
