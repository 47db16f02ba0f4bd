import type { ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../app/app';
import type { ProfileLibrary } from '../domain/profile/profile-library';
import type { AppStore } from '../store/app-store';
import { AppStoreContext } from '../store/app-store-context';
import { makeTestStore, type TestStoreOptions } from './test-store';
import { makeCatalogue, makeProfile, makeRatingScale } from './profile-factory';

/** The small profile library the screen tests run on: MCIO and DCIO from the factories. */
export function makeLibrary(): ProfileLibrary {
  return {
    catalogue: makeCatalogue(),
    ratingScale: makeRatingScale(),
    profiles: [makeProfile(), makeProfile({ id: 'dcio', abbreviation: 'DCIO', title: { th: 'กรม', en: 'Department' } })],
  };
}

/** Renders `ui` inside the given store's context, as the composition root gives it. */
export function renderWithStore(store: AppStore, ui: ReactNode): RenderResult {
  return render(<AppStoreContext value={store}>{ui}</AppStoreContext>);
}

/**
 * The whole app at `hash`, as the user meets it: header, routing, lazy screens. A store of its own starts from the
 * given language (Thai unless given) and assessments, at the test clock's moment unless given another clock. Lazy
 * screens appear after a wait: use `findBy…`.
 */
export function renderApp(hash: string, options: TestStoreOptions & { store?: AppStore } = {}): RenderResult & { user: UserEvent; store: AppStore } {
  const store = options.store ?? makeTestStore({ language: 'th', ...options });
  window.location.hash = hash;
  // No pause between keys: the tests wait on what the screen shows, not on typing speed.
  const user = userEvent.setup({ delay: null });
  return { user, store, ...renderWithStore(store, <App libraryResult={{ ok: true, library: makeLibrary() }} onRetry={() => undefined} />) };
}
