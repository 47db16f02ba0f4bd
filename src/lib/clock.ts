import { todayCalendarDate, type CalendarDate } from '../domain/calendar/calendar-date';

/**
 * The one source of "now" and "today" in the app (STYLE 21). The composition root gives one to the store; screens
 * read it through the store, and tests set the moment they need. Nothing else asks the system for the time (lint).
 */
export interface Clock {
  /** The current moment. */
  now(): Date;
  /** Today's date where the user is (their time zone). */
  today(): CalendarDate;
  /**
   * Calls `listener` when the calendar day may have changed (local midnight passed, or the page came back after a
   * sleep); the listener compares `today()` itself. Returns the function that stops listening.
   */
  onDayChange(listener: () => void): () => void;
}

/** The longest wait between two checks of the day: a timer can be late after a sleep, and the zone can change. */
const longestWaitMs = 60 * 60 * 1000;

/** Milliseconds from `now` to the next local midnight. */
export function msUntilNextMidnight(now: Date): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return Math.max(0, midnight.getTime() - now.getTime());
}

/** The browser's clock: the system time, and a check of the day at midnight and whenever the page is shown again. */
export function systemClock(): Clock {
  const now = () => new Date();
  return {
    now,
    today: () => todayCalendarDate(now()),
    onDayChange(listener) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const check = () => {
        listener();
        schedule();
      };
      const schedule = () => {
        clearTimeout(timer);
        // A second past midnight, so the day has surely turned when it fires.
        timer = setTimeout(check, Math.min(msUntilNextMidnight(now()) + 1000, longestWaitMs));
      };
      const onVisible = () => {
        if (typeof document === 'undefined' || document.visibilityState === 'visible') check();
      };
      schedule();
      if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
      if (typeof window !== 'undefined') window.addEventListener('focus', onVisible);
      return () => {
        clearTimeout(timer);
        if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
        if (typeof window !== 'undefined') window.removeEventListener('focus', onVisible);
      };
    },
  };
}

/** A clock that stays where it is set: for tests, and for the prerendered page (which shows no date). */
export interface SetClock extends Clock {
  /** Moves the clock to `time` (an ISO timestamp or a Date) and tells the listeners of the day. */
  set(time: string | Date): void;
}

export function setClock(start: string | Date): SetClock {
  let current = new Date(start);
  const listeners = new Set<() => void>();
  return {
    now: () => new Date(current.getTime()),
    today: () => todayCalendarDate(current),
    onDayChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(time) {
      current = new Date(time);
      for (const listener of [...listeners]) listener();
    },
  };
}
