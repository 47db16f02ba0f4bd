import { describe, expect, it, vi } from 'vitest';
import { inSlices } from './in-slices';

/** A step that takes about `ms` of the thread. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('inSlices', () => {
  it('runs every step, in several tasks when the work is long, and reports progress up to the count', async () => {
    const done: number[] = [];
    const ran: number[] = [];
    const result = await inSlices(10, (index) => void (busy(5), ran.push(index)), { onProgress: (count) => done.push(count) });
    expect(result).toBeUndefined();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(done.length).toBeGreaterThan(1);
    expect(done.at(-1)).toBe(10);
  });

  it('stops at the first step that answers, and gives the answer back', async () => {
    const step = vi.fn((index: number) => (index === 3 ? 'refused' : undefined));
    await expect(inSlices(10, step, { onProgress: () => undefined })).resolves.toBe('refused');
    expect(step).toHaveBeenCalledTimes(4);
  });

  it('stops between slices when the job is called off', async () => {
    const ran: number[] = [];
    await inSlices(100, (index) => void (busy(5), ran.push(index)), { onProgress: () => undefined, stopped: () => true });
    expect(ran.length).toBeLessThan(100);
  });
});
