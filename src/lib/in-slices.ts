import { nextTask } from './next-task';

/** How long one slice of work may hold the page before the browser paints and takes input again, in ms. */
const sliceMs = 12;

/**
 * Runs `step(0)` … `step(count - 1)` in slices of about 12 ms, each in a task of its own, so that a long job (reading
 * a backup of a thousand assessments) never blocks the page; `onProgress` hears how many steps are done after each
 * slice. Stops at the first step that gives back a value, and gives it back; undefined when every step ran, or when
 * `stopped()` says the job was called off.
 */
export async function inSlices<T>(
  count: number,
  step: (index: number) => T | undefined,
  input: { onProgress: (done: number) => void; stopped?: () => boolean },
): Promise<T | undefined> {
  let started = performance.now();
  for (let index = 0; index < count; index++) {
    if (performance.now() - started > sliceMs) {
      input.onProgress(index);
      await nextTask();
      if (input.stopped?.()) return undefined;
      started = performance.now();
    }
    const answer = step(index);
    if (answer !== undefined) return answer;
  }
  input.onProgress(count);
  return undefined;
}
