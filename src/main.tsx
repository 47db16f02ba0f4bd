import './app/app.css';

/**
 * The first screen is prerendered HTML that needs no script to be read. Load the app only after the
 * page has loaded and painted, so the script never competes with the first paint.
 */
function loadApp(): void {
  requestAnimationFrame(() => {
    void import('./app/start-app').then(({ startApp }) => startApp());
  });
}

if (document.readyState === 'complete') loadApp();
else window.addEventListener('load', loadApp, { once: true });
