import { useEffect } from 'react';
import { parseRoute, type Route } from '../lib/routes';

type Loaders = Partial<Record<Route['screen'], () => Promise<unknown>>>;

/**
 * Fetches a lazily loaded screen's code as soon as the user shows they may open it: the pointer over a link to
 * it, or the focus on one. Nothing is fetched before a user action.
 */
export function usePrefetchOnIntent(loaders: Loaders): void {
  useEffect(() => {
    function onIntent(event: Event) {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      if (!link) return;
      // A failed fetch is no error here: opening the screen tries again and says so if it fails.
      loaders[parseRoute(link.getAttribute('href') ?? '').screen]?.().catch(() => undefined);
    }
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, [loaders]);
}
