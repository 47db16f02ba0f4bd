import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';

describe('App routes', () => {
  it('shows a not-found screen with a way home for an address that does not decode, instead of throwing', () => {
    renderApp('#/profiles/%');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ไม่พบหน้านี้');
    expect(screen.getByRole('link', { name: 'กลับไปหน้าแรก' }).getAttribute('href')).toBe('#/');
  });

  it('says the same in English for an unknown address', () => {
    renderApp('#/nowhere', { language: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    expect(screen.getByText(/"\/nowhere"/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the first page' })).toBeInTheDocument();
  });

  it('goes home from the not-found screen', () => {
    renderApp('#/nowhere');
    act(() => {
      window.location.hash = '#/';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('title (th)');
  });
});
