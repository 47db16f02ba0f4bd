import type { Page } from '@playwright/test';

/** The ways storage fails in the fault-injection runs. */
export const faultKinds = [
  'every-nth-write',
  'quota',
  'blocked',
  'newer-version',
  'not-json',
  'reload-in-burst',
  'quota-unreadable',
  'read-fault-at-load',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultConfig {
  kind: FaultKind;
  /**
   * every-nth-write: every n-th write throws; quota: from the n-th write on, every write is refused as full;
   * quota-unreadable: the seed is unreadable and another key fills the rest of the origin's real quota;
   * read-fault-at-load: reading the app's key throws throughout the first load of the page.
   */
  n: number;
  /** Text put under the app's key before the app first starts (null: none). */
  seedText: string | null;
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): { next(): number; int(min: number, max: number): number; pick<T>(items: readonly T[]): T } {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number] };
}

/**
 * Installs the fault before any script of the app runs, on every load of the page: Storage.prototype's setItem
 * and getItem (and the localStorage getter when blocked) are wrapped for localStorage only (sessionStorage keeps
 * working, and keeps the counts across a reload). `window.__faultsOff = true` lets the test read the truth.
 */
export async function injectStorageFault(page: Page, config: FaultConfig): Promise<void> {
  await page.addInitScript((fault: FaultConfig) => {
    const key = 'cio-skills-compass';
    const proto = Storage.prototype;
    const { setItem, getItem, removeItem } = proto;
    const session = window.sessionStorage;
    const local = window.localStorage;
    const control = window as unknown as { __faultsOff?: boolean };
    const count = (name: string) => Number(getItem.call(session, `fault:${name}`) ?? 0);
    const bump = (name: string) => setItem.call(session, `fault:${name}`, String(count(name) + 1));
    const faulty = (storage: Storage) => storage !== session && !control.__faultsOff;
    function refuse(name: string, message: string): never {
      bump('injected');
      throw new DOMException(message, name);
    }
    const firstLoad = getItem.call(session, 'fault:seeded') === null;
    if (fault.seedText !== null && firstLoad) {
      setItem.call(local, key, fault.seedText);
      if (fault.kind === 'quota-unreadable') {
        // Another app on the same host fills what is left of the quota: halve the chunk until nothing more fits.
        let filler = '';
        for (let chunk = 'x'.repeat(1 << 20); chunk.length > 0;) {
          try {
            setItem.call(local, 'another-app:filler', filler + chunk);
            filler += chunk;
          } catch {
            chunk = chunk.slice(0, chunk.length >> 1);
          }
        }
      }
      setItem.call(session, 'fault:seeded', '1');
    }
    proto.setItem = function faultySetItem(this: Storage, name: string, value: string) {
      if (faulty(this)) {
        bump('writes');
        const writes = count('writes');
        if (fault.kind === 'blocked') refuse('SecurityError', 'The operation is insecure.');
        if (fault.kind === 'every-nth-write' && writes % fault.n === 0) refuse('UnknownError', `write ${writes} failed`);
        if (fault.kind === 'quota' && writes >= fault.n) refuse('QuotaExceededError', 'The quota has been exceeded.');
      }
      setItem.call(this, name, value);
    };
    proto.getItem = function faultyGetItem(this: Storage, name: string) {
      if (faulty(this) && fault.kind === 'blocked') refuse('SecurityError', 'The operation is insecure.');
      if (faulty(this) && fault.kind === 'read-fault-at-load' && firstLoad && name === key) refuse('UnknownError', 'The read failed.');
      return getItem.call(this, name);
    };
    proto.removeItem = function faultyRemoveItem(this: Storage, name: string) {
      if (faulty(this) && fault.kind === 'blocked') refuse('SecurityError', 'The operation is insecure.');
      removeItem.call(this, name);
    };
    if (fault.kind === 'blocked') {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          if (control.__faultsOff) return local;
          return refuse('SecurityError', 'Access is denied for this document.');
        },
      });
    }
  }, config);
}

/** Every key and value of localStorage as it really is (faults off for the read), and the count of faults injected. */
export function readTruth(page: Page): Promise<{ items: Record<string, string>; injected: number }> {
  return page.evaluate(() => {
    const control = window as unknown as { __faultsOff?: boolean };
    control.__faultsOff = true;
    try {
      const items: Record<string, string> = {};
      for (let index = 0; index < localStorage.length; index++) {
        const name = localStorage.key(index);
        if (name !== null) items[name] = localStorage.getItem(name) ?? '';
      }
      return { items, injected: Number(sessionStorage.getItem('fault:injected') ?? 0) };
    } finally {
      control.__faultsOff = false;
    }
  });
}
