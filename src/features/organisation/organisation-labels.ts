import { useMemo } from 'react';
import { itemLabel, profileItems, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { codesLabel, roleCodes, type RoleCodes } from '../../domain/assessment/item-codes';
import { useProfileLibrary } from '../../lib/profile-library-context';
import type { Catalogue } from '../../domain/profile/catalogue';
import { isSkillGroup, type ReadinessGroup } from '../../domain/scoring/gaps';
import type { Language } from '../../domain/shared/localized-text';
import { profileOf, type RoleProfile } from '../../domain/profile/role-profile';
import type { MessageParams, Translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/th';
import { daysLeftText, deadlineStatusName, type DeadlineMessageKey } from '../../i18n/deadline-messages';
import type { DeadlineStatus } from '../../domain/calendar/deadlines';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import type { OrganisationMessageKey } from './messages';

export type OrganisationTranslate = Translate<OrganisationMessageKey | MessageKey | DeadlineMessageKey>;

/** A group's short name: the skill group's code, or the section's name. */
export function groupLabel(group: ReadinessGroup, t: OrganisationTranslate): string {
  return isSkillGroup(group) ? group : t(`org.group.${group}`);
}

/** A group's full name, for titles and table headers' descriptions. */
export function groupTitle(group: ReadinessGroup, catalogue: Catalogue, language: Language, t: OrganisationTranslate): string {
  const skillGroup = catalogue.groups.find((candidate) => candidate.code === group);
  return skillGroup ? itemLabel(skillGroup, language) : groupLabel(group, t);
}

/** A role's abbreviation (MCIO, DCIO, …) by its profile id. */
export function roleLabel(profileId: string, profiles: readonly RoleProfile[]): string {
  return profileOf(profiles, profileId)?.abbreviation ?? profileId;
}

/** A deadline in words: the date and the days left or past. */
export function deadlineText(
  deadline: { date: string; daysLeft: number } | null,
  language: Language,
  t: (key: DeadlineMessageKey, params?: MessageParams) => string,
): string {
  if (!deadline) return '—';
  return `${formatLongDate(deadline.date, language)} (${daysLeftText(t, deadline.daysLeft)})`;
}

/** A person's deadline status in words: the shared words, "all acquired" for one who has every starred experience. */
export function personStatusName(status: DeadlineStatus, t: OrganisationTranslate): string {
  return status === 'acquired' ? t('org.status.acquired') : deadlineStatusName(t, status);
}

/**
 * An item's code across roles: a unit's or criterion's own code (DG100, SPM304.1); knowledge, experience and
 * behavioural items are numbered per profile, so across roles they are named by their section instead.
 */
export function itemCode(item: AssessmentItem, t: (key: 'org.group.knowledge' | 'org.group.experience' | 'org.group.behavioural') => string): string {
  return item.kind === 'unit' || item.kind === 'criterion' ? item.code : t(`org.group.${item.section}`);
}

/** Every role's own code for each item (`roleCodes`), from the profiles loaded. */
export function useRoleCodes(): RoleCodes[] {
  const { catalogue, profiles } = useProfileLibrary();
  return useMemo(() => roleCodes(profiles, (id) => profileItems({ catalogue, profiles }, id)?.items ?? []), [catalogue, profiles]);
}

/** An item's code in every role: a unit's or criterion's own; otherwise each role's own number, "E8/E9" (item-codes.ts). */
export function itemCodes(item: AssessmentItem, roles: readonly RoleCodes[]): string {
  return item.kind === 'unit' || item.kind === 'criterion' ? item.code : codesLabel(item.key, roles) || item.code;
}
