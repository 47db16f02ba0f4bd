import type { Assessment } from '../../domain/assessment/assessment';
import type { Language } from '../../domain/shared/localized-text';
import { profileOf, type RoleProfile } from '../../domain/profile/role-profile';
import { assessmentTitle } from '../../lib/assessment-title';

/** The role an assessment is rated against, as people call it (DCIO), or its id when the library has no such role. */
export function roleName(profiles: readonly RoleProfile[], assessment: Assessment): string {
  return profileOf(profiles, assessment.profileId)?.abbreviation ?? assessment.profileId;
}

/** An assessment's name as the backup screen lists it. */
export function backupTitle(profiles: readonly RoleProfile[], assessment: Assessment, language: Language): string {
  return assessmentTitle(assessment, roleName(profiles, assessment), language);
}
