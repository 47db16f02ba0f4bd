import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { itemsByProfile } from '../../domain/organisation-rollup';
import { todayCalendarDate } from '../../domain/calendar-date';
import { useTranslation } from '../../i18n/use-translation';
import { useProfileLibrary } from '../../lib/profile-library-context';
import type { RollupMessage, RollupRequest, RollupView } from './rollup-protocol';

export type RollupState =
  | { phase: 'idle'; notice: 'cancelled' | 'failed' | 'cleared' | null }
  | { phase: 'reading'; read: number; total: number }
  | { phase: 'done'; rollup: RollupView };

/** A file's name as the user knows it: its path inside the chosen folder, or its own name. */
function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

const batchSize = 64;

/** Hands the files to the worker a batch at a time. */
async function feed(worker: Worker, files: readonly File[], stopped: () => boolean): Promise<void> {
  for (let start = 0; start < files.length; start += batchSize) {
    if (stopped()) return;
    worker.postMessage({ type: 'files', files: files.slice(start, start + batchSize).map((file) => ({ name: displayName(file), file })) } satisfies RollupRequest);
    // One batch a task, so that choosing 10,000 files never blocks the page.
    await new Promise((resolve) => setTimeout(resolve));
  }
  worker.postMessage({ type: 'end' } satisfies RollupRequest);
}

/** Reads and combines backup files in a Web Worker; the page only receives progress and the finished roll-up. */
export function useRollup(initial: RollupView | null): { state: RollupState; start: (files: readonly File[]) => void; cancel: () => void; clear: () => void } {
  const { catalogue, profiles, ratingScale } = useProfileLibrary();
  const { language } = useTranslation();
  const [state, setState] = useState<RollupState>(initial ? { phase: 'done', rollup: initial } : { phase: 'idle', notice: null });
  const worker = useRef<Worker | null>(null);
  const spare = useRef<Worker | null>(null);

  // A worker is started, and warmed up, as soon as the screen opens, and again after each roll-up or cancel.
  const prepare = useCallback(() => {
    if (spare.current) return;
    spare.current = new Worker(new URL('./rollup.worker.ts', import.meta.url), { type: 'module' });
    spare.current.postMessage({ type: 'warm-up', items: itemsByProfile(profiles, catalogue), defaultTarget: ratingScale.defaultTarget, today: todayCalendarDate() } satisfies RollupRequest);
  }, [catalogue, profiles, ratingScale]);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => {
    prepare();
    return () => {
      stop();
      spare.current?.terminate();
      spare.current = null;
    };
  }, [prepare, stop]);

  const start = useCallback(
    (files: readonly File[]) => {
      stop();
      if (files.length === 0) return;
      performance.mark('organisation:files-chosen');
      prepare();
      const current = spare.current as Worker;
      spare.current = null;
      worker.current = current;
      current.onmessage = (event: MessageEvent<RollupMessage>) => {
        if (worker.current !== current) return;
        const message = event.data;
        if (message.type === 'progress') setState({ phase: 'reading', read: message.read, total: message.total });
        else {
          // For the scale benchmark: when the roll-up arrived, and how the worker spent its time.
          performance.mark('organisation:rollup-received');
          performance.measure('organisation:worker-read', { start: 0, duration: message.rollup.timings.read });
          performance.measure('organisation:worker-combine', { start: 0, duration: message.rollup.timings.combine });
          // Rendered as a transition: React yields to the browser while it builds the results, so no long task.
          startTransition(() => setState({ phase: 'done', rollup: message.rollup }));
          stop();
          prepare();
        }
      };
      current.onerror = () => {
        stop();
        prepare();
        setState({ phase: 'idle', notice: 'failed' });
      };
      setState({ phase: 'reading', read: 0, total: files.length });
      current.postMessage({ type: 'begin', total: files.length, language, items: itemsByProfile(profiles, catalogue), defaultTarget: ratingScale.defaultTarget, today: todayCalendarDate() } satisfies RollupRequest);
      void feed(current, files, () => worker.current !== current);
    },
    [catalogue, profiles, ratingScale, stop, prepare, language],
  );

  const cancel = useCallback(() => {
    stop();
    prepare();
    setState({ phase: 'idle', notice: 'cancelled' });
  }, [stop, prepare]);
  const clear = useCallback(() => setState({ phase: 'idle', notice: 'cleared' }), []);
  return { state, start, cancel, clear };
}
