import { useEffect, useState } from 'react';
import type { NeedsMessage, NeedsRequest, NeedsResults } from './needs-protocol';

type Answer<T extends NeedsRequest['type']> = NeedsResults[T];

/**
 * The page's side of the training-needs worker (needs.worker.ts): each request is numbered, and its answer settles the
 * promise `ask` returned. Where there is no Web Worker (jsdom), the same session runs in the page, a task later.
 */
export class NeedsClient {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { type: string; resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private inPage: Promise<{ handle: (request: NeedsRequest) => unknown }> | null = null;

  /** The worker, started on the first request (and again after `stop`). */
  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./needs.worker.ts', import.meta.url), { type: 'module' });
    performance.mark('needs:worker-started');
    worker.onmessage = (event: MessageEvent<NeedsMessage>) => {
      const message = event.data;
      const waiting = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      // For the benchmark: when the worker took the request up and answered it, on the page's clock.
      const [start, end] = message.span.map((at) => at - performance.timeOrigin);
      if (waiting && start !== undefined && end !== undefined) performance.measure(`needs:${waiting.type}`, { start, end });
      if (message.ok) waiting?.resolve(message.result);
      else waiting?.reject(new Error(message.error));
    };
    worker.onerror = () => this.fail(new Error('The training-needs worker stopped.'));
    this.worker = worker;
    return worker;
  }

  ask<T extends NeedsRequest['type']>(request: Extract<NeedsRequest, { type: T }>): Promise<Answer<T>> {
    if (typeof Worker === 'undefined') {
      this.inPage ??= import('./needs-session').then((module) => module.createNeedsSession());
      return this.inPage.then((session) => session.handle(request) as Answer<T>);
    }
    const worker = this.start();
    const id = this.next++;
    return new Promise<Answer<T>>((resolve, reject) => {
      this.waiting.set(id, { type: request.type, resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, request });
    });
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.fail(new Error('The training-needs section closed.'));
  }

  private fail(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

/** The section's worker: started by its first request, stopped when the section goes. */
export function useNeedsClient(): NeedsClient {
  const [client] = useState(() => new NeedsClient());
  useEffect(() => () => client.stop(), [client]);
  return client;
}

/** The answer worked out for `key` (a value kept the same while what it stands for is), and whether it is for the current key. */
export interface Worked<T> {
  value: T | null;
  current: boolean;
  failed: boolean;
}

/**
 * Works `work(key)` out whenever `key` changes (nothing for null), and returns the last answer: an answer for an
 * earlier key stays shown (`current` false) until the new one comes, so that the controls on it keep their place and
 * the keyboard's focus.
 */
export function useWorked<K, T>(key: K | null, work: (key: K) => Promise<T>): Worked<T> {
  const [done, setDone] = useState<{ key: K; value: T | null; failed: boolean } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    work(key).then(
      (value) => live && setDone({ key, value, failed: false }),
      () => live && setDone({ key, value: null, failed: true }),
    );
    return () => {
      live = false;
    };
    // The key stands for everything `work` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null || !done) return { value: null, current: false, failed: false };
  return { value: done.value, current: done.key === key, failed: done.failed && done.key === key };
}
