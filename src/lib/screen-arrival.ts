import { useEffect } from 'react';
import { scrollPositionKeyPrefix } from './storage-keys';

// This tab's scroll positions, not the user's data: sessionStorage read and written in place (a failure only means
// a reload starts at the top), without the first screen paying for a second SafeStorage.
const keyPrefix = scrollPositionKeyPrefix;
/**
 * False until the user goes from one screen to another (the hash changes). The screen the browser opened on,
 * even when hydration swaps the prerendered first screen for the one in the address, is not an arrival: its
 * scroll position and focus are the browser's.
 */
let navigated = false;
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    navigated = true;
  });
}

function readPosition(routeKey: string): number | null {
  try {
    const value = Number(window.sessionStorage.getItem(keyPrefix + routeKey));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Moves the keyboard focus to the screen's main heading, so that keyboard and screen-reader users start there. */
function focusMainHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/**
 * What happens when a screen is shown: it remembers the scroll position of each screen for this tab
 * (sessionStorage) and puts it back, e.g. after a reload; going to a screen with no saved position starts at its
 * top, and the focus moves to its heading. At start-up a page the user has already scrolled is left alone.
 * Call it in the screen component, so that its content is on the page.
 */
export function useScreenArrival(routeKey: string): void {
  useEffect(() => {
    const saved = readPosition(routeKey);
    if (saved !== null) window.scrollTo({ top: saved });
    else if (navigated) window.scrollTo({ top: 0 });
    if (navigated) focusMainHeading();
    let frame = 0;
    function save() {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        try {
          window.sessionStorage.setItem(keyPrefix + routeKey, String(Math.round(window.scrollY)));
        } catch {
          // Nowhere to keep it: a reload will simply start at the top.
        }
      });
    }
    window.addEventListener('scroll', save, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', save);
    };
  }, [routeKey]);
}
