import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../app/app';
import type { Assessment } from '../domain/assessment';
import type { Language } from '../domain/localized-text';
import type { ProfileLibrary } from '../domain/profile-library';
import { initialStoredState } from '../domain/stored-state';
import { useAppStore } from '../store/app-store';
import { makeCatalogue, makeProfile, makeRatingScale } from './profile-factory';

/** The small profile library the screen tests run on: MCIO and DCIO from the factories. */
export function makeLibrary(): ProfileLibrary {
  return {
    catalogue: makeCatalogue(),
    ratingScale: makeRatingScale(),
    profiles: [makeProfile(), makeProfile({ id: 'dcio', abbreviation: 'DCIO', title: { th: 'กรม', en: 'Department' } })],
  };
}

/**
 * The whole app at `hash`, as the user meets it: header, routing, lazy screens. The store starts from the given
 * language and assessments (nothing else carried over from another test). Lazy screens appear after a wait:
 * use `findBy…`.
 */
export function renderApp(hash: string, options: { language?: Language; assessments?: Assessment[] } = {}): RenderResult & { user: UserEvent } {
  const assessments = options.assessments ?? [];
  useAppStore.setState({
    ...initialStoredState,
    language: options.language ?? 'th',
    assessments: Object.fromEntries(assessments.map((assessment) => [assessment.id, assessment])),
    currentAssessmentId: assessments[0]?.id ?? null,
    storageNotices: [],
  });
  window.location.hash = hash;
  // No pause between keys: the tests wait on what the screen shows, not on typing speed.
  const user = userEvent.setup({ delay: null });
  return { user, ...render(<App libraryResult={{ ok: true, library: makeLibrary() }} onRetry={() => undefined} />) };
}
