import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadProfileLibrary } from '../lib/load-profile-library';
import { followOtherTabs, useAppStore } from '../store/app-store';
import { askPersistentStorage } from '../lib/persistent-storage';
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
  followOtherTabs();
  askPersistentStorageOnceUsed();
  const app = (
    <StrictMode>
      <ErrorBoundary>
        <App libraryResult={libraryResult} onRetry={() => window.location.reload()} />
      </ErrorBoundary>
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
}

/**
 * Once the user has an assessment, asks the browser to keep the site's data under storage pressure
 * (navigator.storage.persist); the backup screen shows the answer.
 */
function askPersistentStorageOnceUsed(): void {
  let asked = false;
  function check(count: number) {
    if (asked || count === 0) return;
    asked = true;
    void askPersistentStorage().then((outcome) => useAppStore.getState().persistentStorageAnswered(outcome));
  }
  check(Object.keys(useAppStore.getState().assessments).length);
  useAppStore.subscribe((state) => check(Object.keys(state.assessments).length));
}
