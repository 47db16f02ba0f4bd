import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../lib/routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route. While prerendering and hydrating it is the first screen, as in the built HTML. */
export function useHashRoute(): { route: Route } {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return { route: parseRoute(hash) };
}
