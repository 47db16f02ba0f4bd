import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom does no layout, so it has no scrollIntoView; the real thing is exercised in the browser tests.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
// jsdom has no scrolling either.
window.scrollTo = () => undefined;
