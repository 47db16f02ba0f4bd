import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { itemsByProfile } from '../../domain/organisation-rollup';
import { useTranslation } from '../../i18n/use-translation';
import { useProfileLibrary } from '../../lib/profile-library-context';
import type { RollupMessage, RollupRequest, RollupSetup, RollupView } from './rollup-protocol';
import { useClock } from '../../store/app-store-context';

export type RollupState =
  | { phase: 'idle'; notice: 'cancelled' | 'failed' | 'cleared' | null }
  | { phase: 'reading'; read: number; total: number }
  | { phase: 'done'; rollup: RollupView };

/** A file's name as the user knows it: its path inside the chosen folder, or its own name. */
function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

const batchSize = 16;

/** One worker per core, at most four: the page itself only hands out the files and waits. */
function readerCount(): number {
  return Math.min(4, Math.max(1, navigator.hardwareConcurrency || 1));
}

/** The workers of one roll-up: the combiner, and every worker (the combiner first), each reading a share of the files. */
interface Pool {
  combiner: Worker;
  workers: Worker[];
}

function startWorker(): Worker {
  return new Worker(new URL('./rollup.worker.ts', import.meta.url), { type: 'module' });
}

function startPool(setup: RollupSetup): Pool {
  const combiner = startWorker();
  // Each other reader gets a port to the combiner, and the combiner the other end.
  const ports = Array.from({ length: readerCount() - 1 }, () => {
    const reader = startWorker();
    const channel = new MessageChannel();
    reader.postMessage({ type: 'warm-up', setup, role: 'reader', ports: [channel.port2] } satisfies RollupRequest, [channel.port2]);
    return { reader, port: channel.port1 };
  });
  combiner.postMessage({ type: 'warm-up', setup, role: 'combiner', ports: ports.map((entry) => entry.port) } satisfies RollupRequest, ports.map((entry) => entry.port));
  return { combiner, workers: [combiner, ...ports.map((entry) => entry.reader)] };
}

/** Resolves in a task of its own, without the 4 ms that nested timeouts wait. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** The longest the page spends handing out files before it lets the browser do something else, in ms. */
const feedSlice = 8;

/**
 * Hands the files out 16 to a message, in turn to each worker, for at most 8 ms a task: handing over a File costs the
 * page a fraction of a millisecond, so 10,000 of them at once would block it for seconds.
 */
async function feed(pool: Pool, files: readonly File[], stopped: () => boolean): Promise<void> {
  let sliceStart = performance.now();
  for (let start = 0, batch = 0; start < files.length; start += batchSize, batch++) {
    if (performance.now() - sliceStart > feedSlice) {
      await nextTask();
      sliceStart = performance.now();
    }
    if (stopped()) return;
    const worker = pool.workers[batch % pool.workers.length] ?? pool.combiner;
    worker.postMessage({ type: 'files', batch, files: files.slice(start, start + batchSize).map((file) => ({ name: displayName(file), file })) } satisfies RollupRequest);
  }
}

/** Reads and combines backup files in Web Workers; the page only receives progress and the finished roll-up. */
export function useRollup(initial: RollupView | null): { state: RollupState; start: (files: readonly File[]) => void; cancel: () => void; clear: () => void } {
  const library = useProfileLibrary();
  const { profiles, ratingScale } = library;
  const { language } = useTranslation();
  const clock = useClock();
  const [state, setState] = useState<RollupState>(initial ? { phase: 'done', rollup: initial } : { phase: 'idle', notice: null });
  const running = useRef<Pool | null>(null);
  const spare = useRef<Pool | null>(null);
  const setupOf = useCallback(
    (): RollupSetup => ({
      items: itemsByProfile(library),
      names: Object.fromEntries(profiles.map((profile) => [profile.id, profile.abbreviation])),
      defaultTarget: ratingScale.defaultTarget,
      today: clock.today(),
      now: clock.now().toISOString(),
    }),
    [library, clock, profiles, ratingScale],
  );

  // The workers are started, and warmed up, as soon as the screen opens, and again after each roll-up or cancel.
  const prepare = useCallback(() => {
    spare.current ??= startPool(setupOf());
  }, [setupOf]);
  const stop = useCallback(() => {
    for (const worker of running.current?.workers ?? []) worker.terminate();
    running.current = null;
  }, []);
  useEffect(() => {
    prepare();
    return () => {
      stop();
      for (const worker of spare.current?.workers ?? []) worker.terminate();
      spare.current = null;
    };
  }, [prepare, stop]);

  const start = useCallback(
    (files: readonly File[]) => {
      stop();
      if (files.length === 0) return;
      performance.mark('organisation:files-chosen');
      const pool = spare.current ?? startPool(setupOf());
      spare.current = null;
      running.current = pool;
      const { combiner } = pool;
      const people: RollupView['people'] = [];
      combiner.addEventListener('message', (event: MessageEvent<RollupMessage>) => {
        if (running.current !== pool) return;
        const message = event.data;
        if (message.type === 'progress') setState({ phase: 'reading', read: message.read, total: message.total });
        else if (message.type === 'people') {
          for (const person of message.people) people.push(person);
        } else {
          const rollup = { ...message.rollup, people };
          // For the scale benchmark: when the roll-up arrived, and how the workers spent their time.
          performance.mark('organisation:rollup-received');
          const { timings } = rollup;
          performance.measure('organisation:worker-read', { start: 0, duration: timings.read, detail: timings });
          performance.measure('organisation:worker-combine', { start: 0, duration: timings.combine });
          // Rendered as a transition: React yields to the browser while it builds the results, so no long task.
          startTransition(() => setState({ phase: 'done', rollup }));
          stop();
          prepare();
        }
      });
      const failed = () => {
        if (running.current !== pool) return;
        stop();
        prepare();
        setState({ phase: 'idle', notice: 'failed' });
      };
      for (const worker of pool.workers) worker.addEventListener('error', failed);
      setState({ phase: 'reading', read: 0, total: files.length });
      const setup = setupOf();
      for (const worker of pool.workers) worker.postMessage({ type: 'begin', total: files.length, language, setup } satisfies RollupRequest);
      void feed(pool, files, () => running.current !== pool);
    },
    [stop, prepare, setupOf, language],
  );

  const cancel = useCallback(() => {
    stop();
    prepare();
    setState({ phase: 'idle', notice: 'cancelled' });
  }, [stop, prepare]);
  const clear = useCallback(() => setState({ phase: 'idle', notice: 'cleared' }), []);
  return { state, start, cancel, clear };
}
