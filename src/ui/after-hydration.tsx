import { Suspense, useSyncExternalStore, type ReactNode } from 'react';

const noSubscription = () => () => undefined;

/**
 * Renders `children` (lazily loaded parts) only once the page is the client's: the prerendered HTML and the hydrating
 * render both show nothing, so hydration matches and the server never has to suspend.
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  const onClient = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return onClient ? <Suspense fallback={null}>{children}</Suspense> : null;
}
