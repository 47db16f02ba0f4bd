import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The shared English words load on demand (i18n/translate.ts). tests/setup.ts loads them for every other test, so
 * these tests take fresh modules, in which English is not yet loaded.
 */
async function freshApp() {
  vi.resetModules();
  const [{ LanguageSwitch }, { renderWithStore }, { makeTestStore }, { isEnglishLoaded }] = await Promise.all([
    import('./language-switch'),
    import('../testing/render-app'),
    import('../testing/test-store'),
    import('../i18n/translate'),
  ]);
  return { LanguageSwitch, renderWithStore, makeTestStore, isEnglishLoaded };
}

beforeEach(() => {
  vi.resetModules();
});

describe('the language switch with English loaded on demand', () => {
  it('shows English only once its words are in, and keeps Thai until then', async () => {
    const { LanguageSwitch, renderWithStore, makeTestStore, isEnglishLoaded } = await freshApp();
    const store = makeTestStore({ language: 'th' });
    renderWithStore(store, <LanguageSwitch />);
    expect(isEnglishLoaded()).toBe(false);
    expect(screen.getByRole('group', { name: 'ภาษา' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(isEnglishLoaded()).toBe(true);
    expect(store.getState().language).toBe('en');
  });

  it('stays in Thai when another tab chooses English, loads the words, then shows English', async () => {
    const { LanguageSwitch, renderWithStore, makeTestStore, isEnglishLoaded } = await freshApp();
    const store = makeTestStore({ language: 'th' });
    renderWithStore(store, <LanguageSwitch />);
    act(() => store.getState().chooseLanguage('en'));
    expect(isEnglishLoaded()).toBe(false);
    expect(screen.getByRole('group', { name: 'ภาษา' })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Language' })).toBeInTheDocument();
  });
});
