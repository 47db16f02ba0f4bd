import { useMemo } from 'react';
import type { Assessment } from '../domain/assessment';
import { listAssessmentItems, type AssessmentItem } from '../domain/assessment-items';
import type { Language } from '../domain/localized-text';
import { ownEntry } from '../domain/own-entry';
import type { RoleProfile } from '../domain/role-profile';
import { assessmentTitle } from '../lib/assessment-title';
import { useProfileLibrary } from '../lib/profile-library-context';
import { useAppStore } from './app-store-context';

/** What every screen of one assessment starts from. */
export interface AssessmentScreenData {
  assessment: Assessment;
  /** The role profile it is rated against, and its items in the circular's order. */
  profile: RoleProfile;
  items: AssessmentItem[];
  /** Its name in `language` (the screen's, unless the caller gives another, as the report's print language). */
  title: string;
}

/**
 * The assessment of a screen with its profile, items and title; null while there is none to show (the app shows the
 * not-found screen for an id this browser does not hold: app/screen.tsx). The screens of one assessment start here.
 */
export function useAssessmentScreen(assessmentId: string, language?: Language): AssessmentScreenData | null {
  const { catalogue, profiles } = useProfileLibrary();
  const assessment = useAppStore((state) => ownEntry(state.assessments, assessmentId));
  const screenLanguage = useAppStore((state) => state.language);
  const profile = profiles.find((candidate) => candidate.id === assessment?.profileId);
  const items = useMemo(() => (profile ? listAssessmentItems(profile, catalogue) : []), [profile, catalogue]);
  if (!assessment || !profile) return null;
  return { assessment, profile, items, title: assessmentTitle(assessment, profile.abbreviation, language ?? screenLanguage) };
}
