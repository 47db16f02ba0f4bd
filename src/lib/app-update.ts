/**
 * Whether a new version of the app is ready (src/app/offline.ts says so; the update notice shows it). Its own tiny
 * module, so the page's frame can listen without loading the service worker's code.
 *
 * - `ready`: a new version is installed and waits; `apply` switches to it (the page reloads).
 * - `elsewhere`: another tab switched to it; this tab goes on from what it has until the user reloads.
 */
export type AppUpdate = { kind: 'none' } | { kind: 'ready'; apply: () => void } | { kind: 'elsewhere' };

let current: AppUpdate = { kind: 'none' };
const listeners = new Set<() => void>();

export function announceUpdate(update: AppUpdate): void {
  current = update;
  listeners.forEach((listener) => listener());
}

export function appUpdate(): AppUpdate {
  return current;
}

export function onAppUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
