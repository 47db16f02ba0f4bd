import { useLayoutEffect, useRef } from 'react';
import type { RollupState } from './use-rollup';

/**
 * Keeps the user's place while files are added to a roll-up shown (HR trial point 3): `remember` notes the focus and
 * the scroll when they choose; once the roll-up comes back the focus goes back there, and the page where it was,
 * unless a file was refused (the file summary takes the focus then). What the files came to is said in the live
 * region instead.
 */
export function useKeepPlace(added: RollupState['added']): { remember: () => void; stays: boolean } {
  const place = useRef<{ focused: Element | null; x: number; y: number } | null>(null);
  const stays = added !== null && added.refused === 0;
  useLayoutEffect(() => {
    const kept = place.current;
    if (!added || !kept) return;
    place.current = null;
    if (!stays) return;
    if (kept.focused instanceof HTMLElement && kept.focused.isConnected) kept.focused.focus({ preventScroll: true });
    window.scrollTo(kept.x, kept.y);
  }, [added, stays]);
  return {
    remember() {
      place.current = { focused: document.activeElement, x: window.scrollX, y: window.scrollY };
    },
    stays,
  };
}
