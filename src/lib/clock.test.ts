import { afterEach, describe, expect, it, vi } from 'vitest';
import { msUntilNextMidnight, setClock, systemClock } from './clock';

afterEach(() => {
  vi.useRealTimers();
});

describe('systemClock', () => {
  it('gives the system time and the local day', () => {
    vi.useFakeTimers({ now: new Date(2028, 1, 29, 5, 30) });
    const clock = systemClock();
    expect(clock.now().getTime()).toBe(new Date(2028, 1, 29, 5, 30).getTime());
    expect(clock.today()).toBe('2028-02-29');
  });

  it('tells its listeners once the local midnight has passed, and again the next night', () => {
    vi.useFakeTimers({ now: new Date(2027, 11, 31, 23, 30) });
    const clock = systemClock();
    const days: string[] = [];
    const stop = clock.onDayChange(() => days.push(clock.today()));
    vi.advanceTimersByTime(29 * 60 * 1000);
    expect(days).toEqual([]);
    vi.advanceTimersByTime(2 * 60 * 1000);
    expect(days).toEqual(['2028-01-01']);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(days.at(-1)).toBe('2028-01-02');
    stop();
    const heard = days.length;
    vi.advanceTimersByTime(48 * 60 * 60 * 1000);
    expect(days).toHaveLength(heard);
  });

  it('checks the day again when the page is shown after a sleep', () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 6, 9, 0) });
    const clock = systemClock();
    const listener = vi.fn();
    const stop = clock.onDayChange(listener);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('msUntilNextMidnight', () => {
  it('counts to the next local midnight, across the end of a leap February', () => {
    expect(msUntilNextMidnight(new Date(2028, 1, 29, 23, 0))).toBe(60 * 60 * 1000);
    expect(msUntilNextMidnight(new Date(2028, 1, 29, 0, 0))).toBe(24 * 60 * 60 * 1000);
  });
});

describe('setClock', () => {
  it('stays where it is set, and tells its listeners when it is moved', () => {
    const clock = setClock('2027-12-31T16:30:00.000Z');
    const listener = vi.fn();
    clock.onDayChange(listener);
    expect(clock.now().toISOString()).toBe('2027-12-31T16:30:00.000Z');
    clock.set('2028-02-28T22:30:00.000Z');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(clock.now().toISOString()).toBe('2028-02-28T22:30:00.000Z');
  });
});
