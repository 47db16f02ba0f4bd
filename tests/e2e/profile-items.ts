import { listAssessmentItems, type AssessmentItem } from '../../src/domain/assessment/assessment-items';
import { assembleProfileLibrary, parseProfileIndex } from '../../src/domain/profile/profile-library';
import { readProfileFile } from '../unit/read-profile-files';

/** The items a role's assessment lists, read from the shipped profile files as the app reads them. */
export function profileItems(profileId: string): AssessmentItem[] {
  const index = parseProfileIndex(readProfileFile('index.json').data);
  if (!index.ok) throw new Error('index.json does not parse');
  const library = assembleProfileLibrary(index.index, {
    catalogue: readProfileFile('catalogue.json'),
    ratingScale: readProfileFile('rating-scale.json'),
    profiles: index.index.profiles.map((entry) => readProfileFile(entry.file)),
  });
  if (!library.ok) throw new Error('the profile library does not assemble');
  const profile = library.library.profiles.find((candidate) => candidate.id === profileId);
  if (!profile) throw new Error(`no profile ${profileId}`);
  return listAssessmentItems(profile, library.library.catalogue);
}
