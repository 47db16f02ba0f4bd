import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceUpdate, appUpdate } from '../lib/app-update';
import { reportUnsavedInput } from '../lib/unsaved-input';
import { renderApp } from '../testing/render-app';

// One test's leftovers (a form still reported as holding input, a notice still announced) must not decide the next.
afterEach(() => {
  act(() => {
    reportUnsavedInput('a-form', false);
    announceUpdate({ kind: 'none' });
  });
});

describe('the notice of a new version', () => {
  it('switches only when the user agrees, and never while a form holds unsaved input', async () => {
    const apply = vi.fn();
    const { user } = renderApp('#/', { language: 'en' });
    act(() => announceUpdate({ kind: 'ready', apply }));
    // The button as the page shows it each time (the app may still be drawing its first screen around the notice).
    const use = () => screen.getByRole('button', { name: 'Use the new version' });
    await screen.findByRole('button', { name: 'Use the new version' });
    // The notice listens from its first effect, which a slow machine runs after the button shows: wait for the page.
    act(() => reportUnsavedInput('a-form', true));
    await waitFor(() => expect(use()).toBeDisabled());
    expect(screen.getByText(/save it or cancel it first/)).toBeInTheDocument();
    act(() => reportUnsavedInput('a-form', false));
    await waitFor(() => expect(use()).toBeEnabled());
    await user.click(use());
    expect(apply).toHaveBeenCalledOnce();
    act(() => announceUpdate({ kind: 'none' }));
  });

  it('tells a tab that another tab switched, and goes once there is nothing to say', async () => {
    renderApp('#/', { language: 'th' });
    act(() => announceUpdate({ kind: 'elsewhere' }));
    expect(await screen.findByText(/อีกแท็บหนึ่งเปลี่ยนเป็นแอปรุ่นใหม่แล้ว/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'โหลดหน้าใหม่' })).toBeEnabled();
    act(() => announceUpdate({ kind: 'none' }));
    expect(appUpdate()).toEqual({ kind: 'none' });
    expect(screen.queryByText(/อีกแท็บหนึ่งเปลี่ยน/)).toBeNull();
  });
});

describe('a form with input not yet saved', () => {
  it('reports itself through <Form> while dirty, and not once saved or gone', async () => {
    const { user, unmount } = renderApp('#/assessments/new/dcio', { language: 'en' });
    const { hasUnsavedInput } = await import('../lib/unsaved-input');
    await user.type(await screen.findByRole('textbox', { name: /Position/ }), 'Director');
    expect(hasUnsavedInput()).toBe(true);
    unmount();
    expect(hasUnsavedInput()).toBe(false);
  });
});
