import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * `now` as a part that may wait a frame shows it: the same, but each change one painted frame later, in a
 * transition (React builds it in slices, and commits it apart). What shows `now` itself paints first: on the
 * organisation view, the people table before the charts, lists and counts below it.
 */
export function useAfterNextPaint<T>(now: T): T {
  const [later, setLater] = useState(now);
  useEffect(() => afterNextPaint(() => startTransition(() => setLater(now))), [now]);
  return later;
}
