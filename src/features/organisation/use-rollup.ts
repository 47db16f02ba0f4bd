import { useCallback, useEffect, useRef, useState } from 'react';
import { itemsByProfile } from '../../domain/organisation-rollup';
import { todayCalendarDate } from '../../domain/calendar-date';
import { useProfileLibrary } from '../../lib/profile-library-context';
import type { RollupMessage, RollupView } from './rollup-protocol';

export type RollupState =
  | { phase: 'idle'; notice: 'cancelled' | 'failed' | null }
  | { phase: 'reading'; read: number; total: number }
  | { phase: 'done'; rollup: RollupView };

/** A file's name as the user knows it: its path inside the chosen folder, or its own name. */
function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** Reads and combines backup files in a Web Worker; the page only receives progress and the finished roll-up. */
export function useRollup(): { state: RollupState; start: (files: readonly File[]) => void; cancel: () => void; show: (rollup: RollupView) => void; clear: () => void } {
  const { catalogue, profiles, ratingScale } = useProfileLibrary();
  const [state, setState] = useState<RollupState>({ phase: 'idle', notice: null });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (files: readonly File[]) => {
      stop();
      if (files.length === 0) return;
      performance.mark('organisation:files-chosen');
      const current = new Worker(new URL('./rollup.worker.ts', import.meta.url), { type: 'module' });
      worker.current = current;
      current.onmessage = (event: MessageEvent<RollupMessage>) => {
        if (worker.current !== current) return;
        const message = event.data;
        if (message.type === 'progress') setState({ phase: 'reading', read: message.read, total: message.total });
        else {
          setState({ phase: 'done', rollup: message.rollup });
          stop();
        }
      };
      current.onerror = () => {
        stop();
        setState({ phase: 'idle', notice: 'failed' });
      };
      setState({ phase: 'reading', read: 0, total: files.length });
      current.postMessage({
        files: files.map((file) => ({ file, name: displayName(file) })),
        items: itemsByProfile(profiles, catalogue),
        defaultTarget: ratingScale.defaultTarget,
        today: todayCalendarDate(),
      });
    },
    [catalogue, profiles, ratingScale, stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ phase: 'idle', notice: 'cancelled' });
  }, [stop]);
  const show = useCallback((rollup: RollupView) => setState({ phase: 'done', rollup }), []);
  const clear = useCallback(() => setState({ phase: 'idle', notice: null }), []);
  return { state, start, cancel, show, clear };
}
