import { describe, expect, it } from 'vitest';
import { useAppStore } from './app-store';
import { persistedVersion, storageKey } from './persistence';

describe('the app store', () => {
  it('saves the chosen language under the versioned storage key', () => {
    useAppStore.getState().chooseLanguage('en');
    expect(useAppStore.getState().language).toBe('en');
    expect(JSON.parse(localStorage.getItem(storageKey) ?? 'null')).toEqual({ state: { language: 'en' }, version: persistedVersion });
    useAppStore.getState().chooseLanguage('th');
  });

  it('ignores a stored state that does not parse when rehydrating', async () => {
    localStorage.setItem(storageKey, JSON.stringify({ state: { language: 'klingon' }, version: persistedVersion }));
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().language).toBe('th');
  });

  it('restores a valid stored language when rehydrating', async () => {
    localStorage.setItem(storageKey, JSON.stringify({ state: { language: 'en' }, version: persistedVersion }));
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().language).toBe('en');
    useAppStore.getState().chooseLanguage('th');
  });
});
