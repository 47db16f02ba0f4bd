import './app/app.css';
import { parseRoute } from './lib/routes';
import { storageKey } from './store/storage-key';

/**
 * The first screen is prerendered HTML (Thai, first profile) that needs no script to be read. When that is
 * what the user asked for, the app loads after the page has painted, so the script never delays it. When the
 * user asked for something else (another screen, or English), the prerendered text is the wrong text: it is
 * dimmed and marked busy, and the app loads at once.
 */
function prerenderedIsWhatWasAsked(): boolean {
  const route = parseRoute(window.location.hash);
  if (route.screen !== 'home' && !(route.screen === 'profile' && route.profileId.toLowerCase() === 'mcio')) return false;
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null');
    const language = typeof stored === 'object' && stored && 'state' in stored ? (stored.state as { language?: unknown }).language : undefined;
    return language === undefined || language === 'th';
  } catch {
    return true;
  }
}

/** Resolves in a later task, so the work before and after it are never one long task. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Evaluates React, then zod with the profile schemas, then the store with the assessment schemas, then the app,
 * each in its own task: together they are one long task on a slow phone.
 */
async function startInSteps(): Promise<void> {
  await import('react-dom/client');
  await nextTask();
  await import('./domain/profile-library');
  await nextTask();
  await import('./store/app-store');
  await nextTask();
  const { startApp } = await import('./app/start-app');
  await startApp();
}

function loadApp(): void {
  void startInSteps();
}

if (!prerenderedIsWhatWasAsked() && document.getElementById('root')?.dataset.prerendered === 'true') {
  document.documentElement.dataset.stale = 'true';
  document.getElementById('main')?.setAttribute('aria-busy', 'true');
  loadApp();
} else if (document.readyState === 'complete') {
  requestAnimationFrame(loadApp);
} else {
  window.addEventListener('load', () => requestAnimationFrame(loadApp), { once: true });
}
