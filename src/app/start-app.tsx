import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadProfileLibrary } from '../lib/load-profile-library';
import { followOtherTabs } from '../store/app-store';
import { App } from './app';

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
  const app = (
    <StrictMode>
      <App libraryResult={libraryResult} onRetry={() => window.location.reload()} />
    </StrictMode>
  );
  if (libraryResult.ok && container.dataset.prerendered === 'true') {
    hydrateRoot(container, app);
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
}
