import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../lib/routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The current route. While prerendering and hydrating it is the first screen, as in the built HTML.
 * A new address renders as a transition (useDeferredValue): the screen being left stays until the next one is
 * ready, and React builds the next one in slices that let the browser paint and take input, not in one long task
 * on the click (the gap screen or a 31-item assessment take 50-100 ms to build on a slow phone). The route object
 * keeps its identity until the address changes, so the screen can be memoised on it.
 */
export function useHashRoute(): { route: Route } {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  const shownHash = useDeferredValue(hash);
  const route = useMemo(() => parseRoute(shownHash), [shownHash]);
  return { route };
}
