import './app/app.css';
import { parseRoute } from './lib/routes';
import { storageKey } from './lib/storage-keys';
import { nextTask } from './lib/next-task';

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

/**
 * Evaluates React, then zod with the profile schemas, then the store with the assessment schemas, then the app,
 * each in its own task: together they are one long task on a slow phone.
 */
async function startInSteps(): Promise<void> {
  await import('react-dom/client');
  await nextTask();
  await import('./domain/profile/profile-library');
  await nextTask();
  await import('./store/app-store');
  await nextTask();
  const { startApp } = await import('./app/start-app');
  await startApp();
}

/** Resolves once the app has taken over the page (src/app/app.tsx sets data-ready), or at once if its start failed. */
function appReady(started: Promise<void>): Promise<void> {
  const root = document.documentElement;
  const takenOver = () =>
    new Promise<void>((resolve) => {
      if (root.dataset.ready === 'true') return resolve();
      const observer = new MutationObserver(() => {
        if (root.dataset.ready !== 'true') return;
        observer.disconnect();
        resolve();
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
    });
  return started.then(takenOver, () => undefined);
}

/**
 * Fetches Sarabun's four files beside the app's code; once they are in and the app has taken over, the page draws
 * with Sarabun (data-font, src/app/app.css). The first paint used the system's Thai font sized to Sarabun's metrics
 * (src/ui/fonts.css), so it waited for no font file and the swap moves no line. The swap lays the page out again
 * (40–110 ms at 4× CPU), so it runs in a task of its own after hydration, not on top of it.
 */
function loadApp(): void {
  const sample = 'กA';
  const fonts = Promise.allSettled([document.fonts.load('400 1em Sarabun', sample), document.fonts.load('600 1em Sarabun', sample)]);
  void Promise.all([fonts, appReady(startInSteps())]).then(() => {
    setTimeout(() => {
      document.documentElement.dataset.font = 'sarabun';
    }, 0);
  });
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
