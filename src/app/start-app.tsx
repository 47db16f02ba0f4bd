import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadProfileLibrary } from '../lib/load-profile-library';
import { systemClock } from '../lib/clock';
import { loadEnglish } from '../i18n/translate';
import { askPersistentStorage } from '../lib/persistent-storage';
import { browserStorage } from '../lib/safe-storage';
import { browserScheduler } from '../lib/scheduler';
import { createAppStore, type AppStore } from '../store/app-store';
import { AppStoreContext } from '../store/app-store-context';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';

function profilesBaseUrl(): string {
  return new URL('profiles/', document.baseURI).href;
}

/**
 * Loads and validates the profile files, then hydrates the prerendered first screen.
 * If the data fails, or nothing was prerendered, it renders from scratch instead.
 */
export async function startApp(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const libraryResult = await loadProfileLibrary(profilesBaseUrl());
  // The one store of the page, with the browser's storage, clock and frames, hearing other tabs through the window.
  const { store } = createAppStore({ storage: browserStorage, clock: systemClock(), scheduler: browserScheduler, events: window });
  askPersistentStorageOnceUsed(store);
  // The first screen in English needs the shared English words before it is drawn; without them, Thai.
  if (store.getState().language === 'en') await loadEnglish().catch(() => undefined);
  const app = (
    <StrictMode>
      <AppStoreContext value={store}>
        <ErrorBoundary>
          <App libraryResult={libraryResult} onRetry={() => window.location.reload()} />
        </ErrorBoundary>
      </AppStoreContext>
    </StrictMode>
  );
  // An error the boundaries caught is shown on screen with its details; the console gets a warning, not an error.
  const onCaughtError = (error: unknown) => console.warn('Recovered from an error:', error);
  if (libraryResult.ok && container.dataset.prerendered === 'true') {
    // As a transition, hydration yields to the browser every few milliseconds instead of running as one task.
    startTransition(() => {
      hydrateRoot(container, app, { onCaughtError });
    });
  } else {
    container.replaceChildren();
    createRoot(container, { onCaughtError }).render(app);
  }
  whenInteractive(() => onFirstUse(() => void import('./offline').then((offline) => offline.startOffline())));
}

/**
 * Runs `then` once the user first acts on the page (a key or a pointer goes down), or leaves it (hidden, closed),
 * whichever comes first: the offline copy's code (2.5 KB) and its precache are then never part of the first screen
 * (decision 019), as the two-tab merge is not (decision 016).
 */
function onFirstUse(then: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    for (const type of ['keydown', 'pointerdown'] as const) window.removeEventListener(type, run, { capture: true });
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', run);
    then();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') run();
  };
  for (const type of ['keydown', 'pointerdown'] as const) window.addEventListener(type, run, { capture: true });
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', run);
}

/**
 * Runs `then` in a task of its own once the app has taken over the page (app.tsx sets data-ready): the service
 * worker and its precache come after the first screen is interactive, never before it.
 */
function whenInteractive(then: () => void): void {
  const root = document.documentElement;
  const run = () => void window.setTimeout(then, 0);
  if (root.dataset.ready === 'true') return run();
  const observer = new MutationObserver(() => {
    if (root.dataset.ready !== 'true') return;
    observer.disconnect();
    run();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
}

/**
 * Once the user has an assessment, asks the browser to keep the site's data under storage pressure
 * (navigator.storage.persist); the backup screen shows the answer.
 */
function askPersistentStorageOnceUsed(store: AppStore): void {
  let asked = false;
  function check(count: number) {
    if (asked || count === 0) return;
    asked = true;
    void askPersistentStorage().then((outcome) => store.getState().persistentStorageAnswered(outcome));
  }
  check(Object.keys(store.getState().assessments).length);
  store.subscribe((state) => check(Object.keys(state.assessments).length));
}
