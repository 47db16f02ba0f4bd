import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { announceUpdate, appUpdate } from '../lib/app-update';
import { reportUnsavedInput } from '../lib/unsaved-input';
import { renderApp } from '../testing/render-app';

describe('the notice of a new version', () => {
  it('switches only when the user agrees, and never while a form holds unsaved input', async () => {
    const apply = vi.fn();
    const { user } = renderApp('#/', { language: 'en' });
    act(() => announceUpdate({ kind: 'ready', apply }));
    const use = await screen.findByRole('button', { name: 'Use the new version' });
    act(() => reportUnsavedInput('a-form', true));
    expect(use).toBeDisabled();
    expect(screen.getByText(/save it or cancel it first/)).toBeInTheDocument();
    act(() => reportUnsavedInput('a-form', false));
    expect(use).toBeEnabled();
    await user.click(use);
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
