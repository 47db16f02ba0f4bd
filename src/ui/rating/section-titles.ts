import type { AssessmentSection } from '../../domain/assessment/assessment-items';

/** The heading of each section of items, as the profile names it (the shared messages' words). */
export const sectionTitleKeys = {
  units: 'profile.section.units',
  knowledge: 'profile.section.knowledge',
  experience: 'profile.section.experience',
  behavioural: 'profile.section.behavioural',
} as const satisfies Record<AssessmentSection, string>;
