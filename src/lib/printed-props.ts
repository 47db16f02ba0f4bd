import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** True when `a` and `b` hold the same values, key by key (compared with `Object.is`). */
export function sameValues(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * What a printout shows, as it was when the page was last printed: taken on `beforeprint` (the print button's
 * `window.print()`, the browser's own Print and "Save as PDF" alike) and rendered at once, before the browser lays
 * the page out for print; null before the first print. Until the next print the printout stays as it was, hidden on
 * screen, so that no change on screen makes it again: the organisation summary of 10,000 people is about 46,000
 * elements, and made again with every file added, filter or sort it was most of the page's work (docs/bench-log.md).
 * `skip` says when another printout is printed alone and this one is not wanted. Render the printout through `memo`:
 * the object returned is the same until a print finds something changed.
 */
export function usePrintedProps<T extends object>(current: T, skip: () => boolean = () => false): T | null {
  const [printed, setPrinted] = useState<T | null>(null);
  const latest = useRef({ current, skip });
  useLayoutEffect(() => {
    latest.current = { current, skip };
  });
  useEffect(() => {
    const take = () => {
      const { current: now, skip: skipped } = latest.current;
      if (skipped()) return;
      flushSync(() => setPrinted((before) => (before !== null && sameValues(before, now) ? before : now)));
    };
    window.addEventListener('beforeprint', take);
    return () => window.removeEventListener('beforeprint', take);
  }, []);
  return printed;
}
