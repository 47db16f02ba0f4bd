import { renderToString } from 'react-dom/server';
import { assembleProfileLibrary, parseProfileIndex, type DataFile } from '../domain/profile-library';
import { App } from './app';

/**
 * Build-time only: renders the first screen (Thai, first profile) to HTML, so the page shows
 * its content before any script runs. The data is validated exactly as in the browser.
 */
export function prerender(indexData: unknown, readFile: (file: string) => DataFile): string {
  const index = parseProfileIndex(indexData);
  if (!index.ok) throw new Error(`profiles/index.json: ${JSON.stringify(index.problem)}`);
  const result = assembleProfileLibrary(index.index, {
    catalogue: readFile(index.index.catalogue),
    ratingScale: readFile(index.index.ratingScale),
    profiles: index.index.profiles.map((entry) => readFile(entry.file)),
  });
  if (!result.ok) throw new Error(`profile data is invalid:\n${JSON.stringify(result.problems, null, 2)}`);
  return renderToString(<App libraryResult={result} onRetry={() => undefined} />);
}
