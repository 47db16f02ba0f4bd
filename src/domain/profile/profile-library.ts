import { catalogueSchema, type Catalogue } from './catalogue';
import { bilingual, parseWithLocalizedIssues, type LocalizedIssue } from '../shared/localized-issues';
import { ratingScaleSchema, type RatingScale } from './rating-scale';
import { profileIndexSchema, roleProfileSchema, type ProfileIndex, type RoleProfile, type RoleProfileId } from './role-profile';

/** The catalogue, the rating scale and the role profiles, validated and cross-checked. */
export interface ProfileLibrary {
  catalogue: Catalogue;
  ratingScale: RatingScale;
  profiles: RoleProfile[];
}

/** Why one data file could not be used. */
export type ProfileDataProblem =
  | { file: string; kind: 'not-found'; status: number }
  | { file: string; kind: 'unreadable' }
  | { file: string; kind: 'not-json' }
  | { file: string; kind: 'invalid'; issues: LocalizedIssue[] };

export type ProfileLibraryResult = { ok: true; library: ProfileLibrary } | { ok: false; problems: ProfileDataProblem[] };

/** A data file's name with its parsed JSON content. */
export interface DataFile {
  file: string;
  data: unknown;
}

export const profileIndexFile = 'index.json';

/** Validates `index.json`, the list of profile files. */
export function parseProfileIndex(data: unknown): { ok: true; index: ProfileIndex } | { ok: false; problem: ProfileDataProblem } {
  const parsed = parseWithLocalizedIssues(profileIndexSchema, data);
  if (parsed.success) return { ok: true, index: parsed.data };
  return { ok: false, problem: { file: profileIndexFile, kind: 'invalid', issues: parsed.issues } };
}

function crossCheck(profile: RoleProfile, expectedId: RoleProfileId, catalogue: Catalogue, catalogueFile: string): LocalizedIssue[] {
  const issues: LocalizedIssue[] = [];
  if (profile.id !== expectedId) {
    issues.push({
      path: 'id',
      message: bilingual(`ควรเป็น "${expectedId}" ตาม ${profileIndexFile}`, `should be "${expectedId}" as ${profileIndexFile} says`),
    });
  }
  const unitCodes = new Set(catalogue.units.map((unit) => unit.code));
  profile.competencies.forEach((code, index) => {
    if (!unitCodes.has(code)) {
      issues.push({ path: `competencies[${index}]`, message: bilingual(`ไม่พบรหัส "${code}" ใน ${catalogueFile}`, `"${code}" is not in ${catalogueFile}`) });
    }
  });
  const behaviouralIds = new Set(catalogue.behavioural.map((item) => item.id));
  profile.behavioural.forEach((id, index) => {
    if (!behaviouralIds.has(id)) {
      issues.push({ path: `behavioural[${index}]`, message: bilingual(`ไม่พบ "${id}" ใน ${catalogueFile}`, `"${id}" is not in ${catalogueFile}`) });
    }
  });
  return issues;
}

/** The data files of a library, read but not yet validated. */
export interface LibraryFiles {
  catalogue: DataFile;
  ratingScale: DataFile;
  profiles: readonly DataFile[];
}

/**
 * Validates the catalogue, the rating scale and every profile file against their schemas, then checks
 * that every unit code and behavioural competency a profile names exists in the catalogue.
 * Reports every problem in every file, not just the first.
 */
export function assembleProfileLibrary(index: ProfileIndex, files: LibraryFiles): ProfileLibraryResult {
  const steps = assembleProfileLibraryInSteps(index, files);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same as `assembleProfileLibrary`, one file at a time: it pauses (yields) after each file, so a caller
 * on the main thread can let the browser breathe between files.
 */
export function* assembleProfileLibraryInSteps(index: ProfileIndex, files: LibraryFiles): Generator<void, ProfileLibraryResult> {
  const { catalogue: catalogueFile, ratingScale: ratingScaleFile, profiles: profileFiles } = files;
  const problems: ProfileDataProblem[] = [];
  const catalogue = parseWithLocalizedIssues(catalogueSchema, catalogueFile.data);
  if (!catalogue.success) problems.push({ file: catalogueFile.file, kind: 'invalid', issues: catalogue.issues });
  yield;
  const ratingScale = parseWithLocalizedIssues(ratingScaleSchema, ratingScaleFile.data);
  if (!ratingScale.success) problems.push({ file: ratingScaleFile.file, kind: 'invalid', issues: ratingScale.issues });

  const profiles: RoleProfile[] = [];
  for (const [position, entry] of index.profiles.entries()) {
    yield;
    const file = profileFiles[position];
    if (!file) {
      problems.push({ file: entry.file, kind: 'unreadable' });
      continue;
    }
    const parsed = parseWithLocalizedIssues(roleProfileSchema, file.data);
    if (!parsed.success) {
      problems.push({ file: file.file, kind: 'invalid', issues: parsed.issues });
      continue;
    }
    const crossIssues = catalogue.success ? crossCheck(parsed.data, entry.id, catalogue.data, catalogueFile.file) : [];
    if (crossIssues.length > 0) problems.push({ file: file.file, kind: 'invalid', issues: crossIssues });
    else profiles.push(parsed.data);
  }

  if (problems.length > 0 || !catalogue.success || !ratingScale.success) return { ok: false, problems };
  return { ok: true, library: { catalogue: catalogue.data, ratingScale: ratingScale.data, profiles } };
}
