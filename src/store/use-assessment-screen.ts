import { profileItems, type AssessmentItem, type ProfileItems } from '../domain/assessment/assessment-items';
import type { Assessment } from '../domain/assessment/assessment';
import type { Language } from '../domain/shared/localized-text';
import { ownEntry } from '../domain/shared/own-entry';
import type { RoleProfile } from '../domain/profile/role-profile';
import { assessmentTitle } from '../lib/assessment-title';
import { useProfileLibrary } from '../lib/profile-library-context';
import { useAppStore } from './app-store-context';

// Not in lib/profile-library-context.ts: the first screen loads that, and the items' code is not part of the first load.
/** The role profile `profileId` with its items (listed once a profile), or null when the library has no such profile. */
export function useProfileItems(profileId: string | undefined): ProfileItems | null {
  return profileItems(useProfileLibrary(), profileId);
}

/** What a screen of one assessment shows above its content: its profile, items and name. */
export interface AssessmentHeading {
  /** The role profile it is rated against, and its items in the circular's order. */
  profile: RoleProfile;
  items: AssessmentItem[];
  /** Its name in `language` (the screen's, unless the caller gives another, as the report's print language). */
  title: string;
}

/** What every screen of one assessment starts from. */
export interface AssessmentScreenData extends AssessmentHeading {
  assessment: Assessment;
}

/**
 * The profile, items and name of an assessment, without the assessment itself: the component renders again when its
 * profile or name changes, never on a rating (the rating screen, decision 015). Null while there is none to show.
 */
export function useAssessmentHeading(assessmentId: string, language?: Language): AssessmentHeading | null {
  const found = useProfileItems(useAppStore((state) => ownEntry(state.assessments, assessmentId)?.profileId));
  const title = useAppStore((state) => {
    const assessment = ownEntry(state.assessments, assessmentId);
    return assessment && found ? assessmentTitle(assessment, found.profile.abbreviation, language ?? state.language) : null;
  });
  return found && title !== null ? { ...found, title } : null;
}

/**
 * The assessment of a screen with its profile, items and title; null while there is none to show (the app shows the
 * not-found screen for an id this browser does not hold: app/screen.tsx). The screens of one assessment start here.
 */
export function useAssessmentScreen(assessmentId: string, language?: Language): AssessmentScreenData | null {
  const heading = useAssessmentHeading(assessmentId, language);
  const assessment = useAppStore((state) => ownEntry(state.assessments, assessmentId));
  return heading && assessment ? { ...heading, assessment } : null;
}
