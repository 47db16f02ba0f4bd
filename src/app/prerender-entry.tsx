import { renderToString } from 'react-dom/server';
import { assembleProfileLibrary, parseProfileIndex, type DataFile } from '../domain/profile/profile-library';
import { systemClock } from '../lib/clock';
import { createSafeStorage } from '../lib/safe-storage';
import { immediateScheduler } from '../lib/scheduler';
import { createAppStore } from '../store/app-store';
import { AppStoreContext } from '../store/app-store-context';
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
  // Nothing is stored at build time: a store over memory, as empty as a first visit.
  const { store, client } = createAppStore({ storage: createSafeStorage(() => undefined), clock: systemClock(), scheduler: immediateScheduler });
  const html = renderToString(
    <AppStoreContext value={store}>
      <App libraryResult={result} onRetry={() => undefined} />
    </AppStoreContext>,
  );
  client.close();
  return html;
}
