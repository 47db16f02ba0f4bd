import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});

afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs in a task after the next frame, not before', () => {
    const calls: string[] = [];
    afterNextPaint(() => calls.push('later'));
    expect(calls).toEqual([]);
    // The frame's callback runs at the next frame; the task it posts runs after that frame.
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual([]);
    // (The fake clock runs a task posted with no delay a millisecond later.)
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['later']);
  });

  it('runs what waits for the same frame once each, in order, and once only', () => {
    const calls: string[] = [];
    const first = () => calls.push('first');
    afterNextPaint(first);
    afterNextPaint(() => calls.push('second'));
    afterNextPaint(first);
    vi.advanceTimersByTime(1_000);
    expect(calls).toEqual(['first', 'second']);
  });

  it('runs after `latestMs` when no frame comes', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const calls: string[] = [];
    afterNextPaint(() => calls.push('late'), 100);
    vi.advanceTimersByTime(99);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['late']);
  });

  it('runs at once, before anything else hears of it, when the user presses a key or a pointer before the frame', () => {
    const calls: string[] = [];
    const heard = (event: Event) => calls.push(`heard ${event.type}`);
    document.addEventListener('keydown', heard);
    document.addEventListener('pointerdown', heard);
    afterNextPaint(() => calls.push('first'));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    afterNextPaint(() => calls.push('second'));
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    document.removeEventListener('keydown', heard);
    document.removeEventListener('pointerdown', heard);
    expect(calls).toEqual(['first', 'heard keydown', 'second', 'heard pointerdown', 'heard keydown']);
  });

  it('runs at once when the page is hidden or left, and not again after', () => {
    const calls: string[] = [];
    afterNextPaint(() => calls.push('hidden'));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(calls).toEqual(['hidden']);
    afterNextPaint(() => calls.push('left'));
    window.dispatchEvent(new Event('pagehide'));
    expect(calls).toEqual(['hidden', 'left']);
    vi.advanceTimersByTime(1_000);
    expect(calls).toEqual(['hidden', 'left']);
  });

  it('leaves what comes after a run to its own frame, not to the earlier one’s timers', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const calls: string[] = [];
    afterNextPaint(() => calls.push('one'), 100);
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(50);
    afterNextPaint(() => calls.push('two'), 100);
    // The first call's fallback timer, at 100 ms, finds its own work done and leaves the second call's alone.
    vi.advanceTimersByTime(50);
    expect(calls).toEqual(['one']);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual(['one', 'two']);
  });
});
