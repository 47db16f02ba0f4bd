import { startTransition, useEffect, useState } from 'react';
import type { Language } from '../../domain/shared/localized-text';
import { itemsByProfile } from '../../domain/assessment/items-by-profile';
import { useTranslation } from '../../i18n/use-translation';
import { useProfileLibrary } from '../../lib/profile-library-context';
import type { FileContent, PersonView, RollupChange, RollupMessage, RollupRequest, RollupSetup, RollupView } from './rollup-protocol';
import { readFileBytes } from '../../lib/read-file-bytes';
import { textOfHeld, type HeldText } from './held-text';
import { useClock } from '../../store/app-store-context';
import { isSystemFile } from './system-files';

/**
 * The roll-up on screen, and the load under way if any: the view shown stays while files are read, and stays as it
 * was when the load is cancelled or fails.
 */
export interface RollupState {
  view: RollupView | null;
  /** Files being read (read of total), or the kept roll-up being opened. */
  loading: { kind: 'files'; read: number; total: number } | { kind: 'kept' } | null;
  notice: 'cancelled' | 'failed' | 'cleared' | 'keptUnreadable' | null;
}

/** A file's name as the user knows it: its path inside the chosen folder, or its own name. */
function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

const batchSize = 16;

/** One worker per core, at most four: the page itself only hands out the files and waits. */
function readerCount(): number {
  return Math.min(4, Math.max(1, navigator.hardwareConcurrency || 1));
}

/** The workers of the screen: the combiner, which holds the roll-up, and every worker (the combiner first), each reading a share of the files. */
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
  combiner.postMessage(
    { type: 'warm-up', setup, role: 'combiner', ports: ports.map((entry) => entry.port) } satisfies RollupRequest,
    ports.map((entry) => entry.port),
  );
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
/** Files read at once on the page. */
const readsAtOnce = 16;
/**
 * The most the page reads of one file: past it, only the file's size is sent. Above the backup's limit (which the
 * workers apply, and which the page does not load), so that a file just over that limit is refused with its size.
 */
export const pageReadLimit = 8 * 1024 * 1024;

/** A file as a worker is given it: its bytes read here (a .zip file itself: the worker reads the backup inside). */
async function contentOf(file: File): Promise<FileContent> {
  if (/\.zip$/i.test(displayName(file))) return { kind: 'file', file };
  try {
    const read = await readFileBytes(file, pageReadLimit);
    return read.ok ? { kind: 'bytes', bytes: read.bytes } : { kind: 'too-large', size: read.tooLarge };
  } catch {
    return { kind: 'unreadable' };
  }
}

/**
 * Reads the files, 16 at a time, and hands each to a worker as soon as it is read (its bytes transferred, not copied),
 * in batches of 16, each batch to a worker in turn, for at most 8 ms a task. The page reads them rather than hand the
 * Files over: handing over a File waits on the browser for its size and date, synchronously (traced: the page was
 * busy doing so for as long as a load of 1,000 files took, and the workers waited on it); reading does not wait.
 */
async function feed(pool: Pool, job: number, files: readonly File[], stopped: () => boolean): Promise<void> {
  let sliceStart = performance.now();
  const reading = new Set<Promise<void>>();
  for (const [position, file] of files.entries()) {
    if (performance.now() - sliceStart > feedSlice) {
      await nextTask();
      sliceStart = performance.now();
    }
    if (reading.size >= readsAtOnce) await Promise.race(reading);
    if (stopped()) return;
    const batch = Math.floor(position / batchSize);
    const worker = pool.workers[batch % pool.workers.length] ?? pool.combiner;
    const size = Math.min(batchSize, files.length - batch * batchSize);
    const name = displayName(file);
    const read = contentOf(file).then((content) => {
      reading.delete(read);
      if (stopped()) return;
      const request: RollupRequest = { type: 'file', job, batch, index: position % batchSize, size, name, content };
      worker.postMessage(request, content.kind === 'bytes' ? [content.bytes.buffer] : []);
    });
    reading.add(read);
  }
}

/**
 * The screen's workers and the jobs asked of them: the combiner holds the roll-up; the page keeps the view it last
 * sent, the job whose answers count, and the text of what the combiner holds (what "Keep" stores, and what a new
 * combiner starts from should the workers fail).
 */
class RollupWorkers {
  private pool: Pool | null = null;
  private current: { job: number } | null = null;
  /** Every person the combiner has sent, by id, as it last sent them: the combiner sends only who changed. */
  private people = new Map<string, PersonView>();
  private jobs = 0;
  private heldText: HeldText | null = null;
  private readonly heldListeners = new Set<() => void>();
  /** The screen's language when last asked: what the people are sorted in. */
  private language: Language = 'th';

  constructor(
    private readonly setupOf: () => RollupSetup,
    private readonly update: (change: (state: RollupState) => RollupState) => void,
  ) {}

  /** Starts the workers, unless they are running. */
  start(): void {
    if (this.pool) return;
    const started = startPool(this.setupOf());
    this.pool = started;
    // A new combiner has sent nothing yet.
    this.people = new Map();
    started.combiner.addEventListener('message', (event: MessageEvent<RollupMessage>) => {
      if (this.pool === started) this.receive(event.data);
    });
    const failed = () => {
      if (this.pool !== started) return;
      this.stop();
      this.current = null;
      this.start();
      // The view shown stays; the new combiner holds it again.
      if (this.heldText !== null) this.open(textOfHeld(this.heldText), this.language);
      this.update((previous) => ({ ...previous, loading: null, notice: 'failed' }));
    };
    for (const worker of started.workers) worker.addEventListener('error', failed);
  }

  stop(): void {
    for (const worker of this.pool?.workers ?? []) worker.terminate();
    this.pool = null;
  }

  private receive(message: RollupMessage): void {
    if (message.type === 'held') {
      if (this.current === null || message.job === this.current.job) this.setHeld(message.held);
      return;
    }
    if (message.type === 'people') {
      // Kept whatever the job: the combiner counts them as sent.
      for (const person of message.people) this.people.set(person.id, person);
      return;
    }
    const job = this.current;
    if (!job || message.job !== job.job) return;
    if (message.type === 'progress') this.update((previous) => ({ ...previous, loading: { kind: 'files', read: message.read, total: message.total } }));
    else if (message.type === 'unreadable') {
      this.current = null;
      this.update(() => ({ view: null, loading: null, notice: 'keptUnreadable' }));
    } else {
      // The job's own "held" follows.
      // A loop, and the map made again only when someone is gone (files added keep everyone): 10,000 people each
      // time took the page about 20 ms of the roll-up's arrival (traced).
      const people: PersonView[] = [];
      for (const id of message.order) {
        const person = this.people.get(id);
        if (person) people.push(person);
      }
      if (this.people.size !== people.length) this.people = new Map(people.map((person) => [person.id, person]));
      const rollup = { ...message.rollup, people };
      // For the scale benchmark: when the roll-up arrived, and how the workers spent their time.
      performance.mark('organisation:rollup-received');
      const { timings } = rollup;
      performance.measure('organisation:worker-read', { start: 0, duration: timings.read, detail: timings });
      performance.measure('organisation:worker-combine', { start: 0, duration: timings.combine });
      // Rendered as a transition: React yields to the browser while it builds the results, so no long task.
      startTransition(() => this.update(() => ({ view: rollup, loading: null, notice: null })));
    }
  }

  /** A new job, whose answers alone count from now on, asked of the combiner (or of every worker). */
  private ask(request: (job: number) => RollupRequest, to: 'combiner' | 'all' = 'combiner'): number {
    const job = ++this.jobs;
    const asked = request(job);
    if ('language' in asked) this.language = asked.language;
    this.current = { job };
    const workers = this.pool ? (to === 'all' ? this.pool.workers : [this.pool.combiner]) : [];
    for (const worker of workers) worker.postMessage(asked);
    return job;
  }

  /** Opens a kept roll-up (its stored text) in place of what is held. */
  open(text: string, language: Language): void {
    this.ask((job) => ({ type: 'seed', job, text, language, setup: this.setupOf() }));
  }

  /** Reads `files` into the roll-up: in place of what is held when `replace`, otherwise added to it. */
  load(chosen: readonly File[], replace: boolean, language: Language): void {
    if (chosen.length === 0) return;
    // Files may come before the screen's effect has started the workers (a drop as the screen opens).
    this.start();
    const running = this.pool;
    if (!running) return;
    performance.mark('organisation:files-chosen');
    // Hidden system files (.DS_Store, Thumbs.db, ~$…) are not read, only counted.
    const files = chosen.filter((file) => !isSystemFile(displayName(file)));
    const skipped = chosen.flatMap((file) => (isSystemFile(displayName(file)) ? [displayName(file)] : []));
    const setup = this.setupOf();
    const job = this.ask((id) => ({ type: 'begin', job: id, total: files.length, replace, skipped, language, setup }), 'all');
    this.update((previous) => ({ ...previous, loading: { kind: 'files', read: 0, total: files.length }, notice: null }));
    void feed(running, job, files, () => this.current?.job !== job || this.pool !== running);
  }

  /** Changes what the combiner holds; its answer replaces the view. */
  change(change: RollupChange, language: Language): void {
    this.ask((job) => ({ type: 'change', job, change, language, setup: this.setupOf() }));
  }

  /** Stops the load under way: its files are dropped, and the view and what is held stay as they were. */
  cancel(): void {
    const job = this.current?.job;
    if (job === undefined) return;
    this.current = null;
    for (const worker of this.pool?.workers ?? []) worker.postMessage({ type: 'cancel', job } satisfies RollupRequest);
    this.update((previous) => ({ ...previous, loading: null, notice: 'cancelled' }));
  }

  /** Forgets the roll-up: new workers that hold nothing; `notice` says why, if anything is to be said. */
  clear(notice: 'cleared' | null): void {
    this.stop();
    this.current = null;
    this.setHeld(null);
    this.start();
    this.update(() => ({ view: null, loading: null, notice }));
  }

  held = (): HeldText | null => this.heldText;

  /** Calls `listener` whenever what the combiner holds changes (for what "Keep" would store); returns its removal. */
  subscribeHeld = (listener: () => void): (() => void) => {
    this.heldListeners.add(listener);
    return () => this.heldListeners.delete(listener);
  };

  private setHeld(held: HeldText | null): void {
    this.heldText = held;
    for (const listener of this.heldListeners) listener();
  }
}

/**
 * Reads and combines backup files in Web Workers, started (and warmed up) when the screen opens; the combiner holds
 * the roll-up and the page receives progress and each finished view. `keptText` is a kept roll-up to open first.
 */
export function useRollup(keptText: string | null) {
  const { catalogue, profiles, ratingScale } = useProfileLibrary();
  const { language } = useTranslation();
  const clock = useClock();
  const [state, setState] = useState<RollupState>({ view: null, loading: keptText === null ? null : { kind: 'kept' }, notice: null });
  const [workers] = useState(
    () =>
      new RollupWorkers(
        () => ({
          items: itemsByProfile({ profiles, catalogue }),
          names: Object.fromEntries(profiles.map((profile) => [profile.id, profile.abbreviation])),
          defaultTarget: ratingScale.defaultTarget,
          today: clock.today(),
          now: clock.now().toISOString(),
        }),
        setState,
      ),
  );
  useEffect(() => {
    workers.start();
    if (keptText !== null) workers.open(keptText, language);
    return () => workers.stop();
    // The workers live as long as the screen; the kept roll-up is opened once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workers]);

  return {
    state,
    load: (files: readonly File[], { replace }: { replace: boolean }) => workers.load(files, replace, language),
    change: (request: RollupChange) => workers.change(request, language),
    cancel: () => workers.cancel(),
    clear: (notice: 'cleared' | null) => workers.clear(notice),
    /** Opens a kept roll-up's text again (an Undo of its clearing). */
    reopen: (text: string) => {
      setState((previous) => ({ ...previous, loading: { kind: 'kept' }, notice: null }));
      workers.open(text, language);
    },
    heldText: () => {
      const held = workers.held();
      return held && textOfHeld(held);
    },
    /** What the combiner holds, to subscribe to (a component that shows its size re-renders alone). */
    held: { subscribe: workers.subscribeHeld, get: workers.held },
  };
}
