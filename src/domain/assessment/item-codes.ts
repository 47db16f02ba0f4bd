import type { AssessmentItem } from './assessment-items';

/** One role's code for an item: the role (its profile id and abbreviation) and the code its own screens show. */
export interface RoleCodes {
  profileId: string;
  abbreviation: string;
  /** The code each item has in this role, by the item's key (the id that is the same in every role). */
  codes: ReadonlyMap<string, string>;
}

/**
 * Every role's codes for its items. An item's key (`experience:enterprise-architecture`) is the same in every role;
 * its code is the role's own: knowledge, experience and behavioural items are numbered per profile, so one item can
 * be E8 in one role and E9 in another (issue 25). Units and criteria keep their own codes in every role.
 */
export function roleCodes(profiles: readonly { id: string; abbreviation: string }[], itemsOf: (profileId: string) => readonly AssessmentItem[]): RoleCodes[] {
  return profiles.map((profile) => ({
    profileId: profile.id,
    abbreviation: profile.abbreviation,
    codes: new Map(itemsOf(profile.id).map((item) => [item.key, item.code])),
  }));
}

/** An item's codes across roles, as short as they can be said: "DG100"; "E8", when every role calls it so; "E8/E9" otherwise. */
export function codesLabel(key: string, roles: readonly RoleCodes[]): string {
  return [...new Set(roles.flatMap((role) => role.codes.get(key) ?? []))].join('/');
}

/** The item's code in each role that has it: "MCIO E8 · DCIO E9 · CIO Assistant E8". */
export function codesByRole(key: string, roles: readonly RoleCodes[]): string {
  return roles.flatMap((role) => (role.codes.has(key) ? [`${role.abbreviation} ${role.codes.get(key) ?? ''}`] : [])).join(' · ');
}
