/**
 * Calls `callback` in the first task after the browser's next frame (its style, layout and paint): work that can
 * wait a frame then never holds back the paint of what the user just did. It runs sooner if the user acts first (a
 * key or a pointer goes down: that action must find the page up to date, such as the fields a choice adds for Tab
 * to reach) or the page is hidden or left (a hidden page draws no frames), and after `latestMs` at the most.
 * Callbacks that wait for the same frame run once each, in order.
 */
export function afterNextPaint(callback: () => void, latestMs = 100): void {
  waiting.add(callback);
  if (scheduled !== null) return;
  const batch = (scheduled = {});
  listenForEarlierRuns();
  const run = () => runWaiting(batch);
  // A frame's animation callbacks run just before its style, layout and paint; a task posted from one runs after them.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, latestMs);
}

const waiting = new Set<() => void>();
let scheduled: object | null = null;
let listening = false;

function runWaiting(batch: object | null): void {
  // A batch's later timer (or an old one after the page was hidden) finds nothing left to do.
  if (scheduled === null || (batch !== null && batch !== scheduled)) return;
  scheduled = null;
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

function listenForEarlierRuns(): void {
  if (listening) return;
  listening = true;
  const runNow = () => runWaiting(null);
  // Before any other listener of the action, and before its default (Tab moving the focus): the window, capturing.
  for (const type of ['keydown', 'pointerdown'] as const) window.addEventListener(type, runNow, { capture: true });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') runNow();
  });
  window.addEventListener('pagehide', runNow);
}
