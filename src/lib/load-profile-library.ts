import { hasZodLocales } from '../domain/shared/localized-issues';
import {
  assembleProfileLibraryInSteps,
  parseProfileIndex,
  profileIndexFile,
  type DataFile,
  type ProfileDataProblem,
  type ProfileLibraryResult,
} from '../domain/profile/profile-library';
import { nextTask } from './next-task';

type Fetch = (url: string) => Promise<Response>;

/** Fetches one JSON data file and parses its text; a missing or broken file becomes a problem, never a throw. */
async function fetchDataFile(baseUrl: string, file: string, fetchFn: Fetch): Promise<DataFile | ProfileDataProblem> {
  let response: Response;
  try {
    response = await fetchFn(new URL(file, baseUrl).href);
  } catch {
    return { file, kind: 'unreadable' };
  }
  if (!response.ok) return { file, kind: 'not-found', status: response.status };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { file, kind: 'unreadable' };
  }
  try {
    return { file, data: JSON.parse(text) as unknown };
  } catch {
    return { file, kind: 'not-json' };
  }
}

function isProblem(value: DataFile | ProfileDataProblem): value is ProfileDataProblem {
  return 'kind' in value;
}

/** Loads `profiles/index.json` under `baseUrl`, then the catalogue and every profile it lists, validated. */
export async function loadProfileLibrary(baseUrl: string, fetchFn: Fetch = (url) => fetch(url)): Promise<ProfileLibraryResult> {
  const indexFile = await fetchDataFile(baseUrl, profileIndexFile, fetchFn);
  if (isProblem(indexFile)) return { ok: false, problems: [indexFile] };
  let index = parseProfileIndex(indexFile.data);
  if (!index.ok && !hasZodLocales()) {
    await import('../domain/shared/zod-locales');
    index = parseProfileIndex(indexFile.data);
  }
  if (!index.ok) return { ok: false, problems: [index.problem] };

  const { catalogue, ratingScale, profiles } = index.index;
  const files = await Promise.all([catalogue, ratingScale, ...profiles.map((entry) => entry.file)].map((file) => fetchDataFile(baseUrl, file, fetchFn)));
  const problems = files.filter(isProblem);
  if (problems.length > 0) return { ok: false, problems };
  const [catalogueFile, ratingScaleFile, ...profileFiles] = files.filter((file): file is DataFile => !isProblem(file));
  if (!catalogueFile || !ratingScaleFile) return { ok: false, problems: [{ file: catalogue, kind: 'unreadable' }] };
  // One file per task: validating them all at once is a long task on a slow phone.
  const assemble = async () => {
    const steps = assembleProfileLibraryInSteps(index.index, { catalogue: catalogueFile, ratingScale: ratingScaleFile, profiles: profileFiles });
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await nextTask();
    }
  };
  const result = await assemble();
  if (result.ok || hasZodLocales()) return result;
  // A file failed: say why in the user's words, with zod's Thai and English wording (not loaded for the first screen).
  await import('../domain/shared/zod-locales');
  return assemble();
}
