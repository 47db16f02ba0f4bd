import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadEnglish } from '../src/i18n/translate';
import { closeTestStores } from '../src/testing/test-store';

// The shared English words load on demand in the app (i18n/translate.ts); the tests read English screens at once.
await loadEnglish();

afterEach(() => {
  cleanup();
  closeTestStores();
  localStorage.clear();
  window.location.hash = '';
});

// jsdom does no layout, so it has no scrollIntoView; the real thing is exercised in the browser tests.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
// jsdom has no scrolling either.
window.scrollTo = () => undefined;
// jsdom has no media queries: every query is false (a wide screen, no reduced motion, screen not print).
window.matchMedia ??= (query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  addListener: () => undefined,
  removeListener: () => undefined,
  dispatchEvent: () => false,
});
// …and no layout to observe (recharts' ResponsiveContainer asks).
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
// findBy… waits for what the user sees; on a loaded machine a lazy screen can take more than the default second, and
// the first test of a file also waits for its modules to be transformed (5 s was seen to run out with both cores busy).
configure({ asyncUtilTimeout: 15_000 });
// jsdom has <dialog> without its modal methods: open and close it as the browser would (the browser tests use the real one).
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false;
};
