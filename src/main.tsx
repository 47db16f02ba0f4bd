import './app/app.css';
import { storageKey } from './store/storage-key';

/**
 * The first screen is prerendered HTML (Thai, first profile) that needs no script to be read. When that is
 * what the user asked for, the app loads after the page has painted, so the script never delays it. When the
 * user asked for something else (another screen, or English), the prerendered text is the wrong text: it is
 * dimmed and marked busy, and the app loads at once.
 */
function prerenderedIsWhatWasAsked(): boolean {
  const hash = window.location.hash;
  if (hash !== '' && hash !== '#/' && hash !== '#/profiles/mcio') return false;
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null');
    const language = typeof stored === 'object' && stored && 'state' in stored ? (stored.state as { language?: unknown }).language : undefined;
    return language === undefined || language === 'th';
  } catch {
    return true;
  }
}

function loadApp(): void {
  void import('./app/start-app').then(({ startApp }) => startApp());
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
