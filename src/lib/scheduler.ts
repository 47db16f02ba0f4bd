import { afterNextPaint } from './after-next-paint';

/** When work that waits for the screen runs: after the browser's next frame in the app, at once in most tests. */
export interface Scheduler {
  afterNextPaint(callback: () => void): void;
}

export const browserScheduler: Scheduler = { afterNextPaint: (callback) => afterNextPaint(callback) };

/** Runs at once: for tests and for places with no frames to wait for. */
export const immediateScheduler: Scheduler = { afterNextPaint: (callback) => callback() };
