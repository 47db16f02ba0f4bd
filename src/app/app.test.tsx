import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCatalogue, makeProfile, makeRatingScale } from '../domain/test-profile-factory';
import { useAppStore } from '../store/app-store';
import { App } from './app';

const libraryResult = { ok: true as const, library: { catalogue: makeCatalogue(), ratingScale: makeRatingScale(), profiles: [makeProfile()] } };

function renderAt(hash: string) {
  window.location.hash = hash;
  return render(<App libraryResult={libraryResult} onRetry={() => undefined} />);
}

beforeEach(() => useAppStore.setState({ language: 'th' }));
afterEach(() => {
  window.location.hash = '';
});

describe('App routes', () => {
  it('shows a not-found screen with a way home for an address that does not decode, instead of throwing', () => {
    renderAt('#/profiles/%');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ไม่พบหน้านี้');
    expect(screen.getByRole('link', { name: 'กลับไปหน้าแรก' }).getAttribute('href')).toBe('#/');
  });

  it('says the same in English for an unknown address', () => {
    useAppStore.setState({ language: 'en' });
    renderAt('#/nowhere');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    expect(screen.getByText(/"\/nowhere"/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the first page' })).toBeTruthy();
  });

  it('goes home from the not-found screen', () => {
    renderAt('#/nowhere');
    act(() => {
      window.location.hash = '#/';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('title (th)');
  });
});
