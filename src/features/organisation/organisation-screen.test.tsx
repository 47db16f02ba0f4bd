import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './organisation-screen';

/** jsdom has no Web Worker: this one keeps what the page sends it and answers nothing, as workers still reading. */
class QuietWorker {
  static made: QuietWorker[] = [];
  sent: unknown[] = [];
  onmessage = null;
  onerror = null;
  constructor() {
    QuietWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.sent.push('terminated');
  }
  addEventListener() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  QuietWorker.made = [];
});

describe('the organisation screen', () => {
  it('hands the chosen backups to its worker, shows the reading, and cancels it', async () => {
    vi.stubGlobal('Worker', QuietWorker);
    const { user } = renderApp('#/organisation', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choose files'), new File(['{}'], 'somchai.json', { type: 'application/json' }));
    expect(await screen.findByText('Reading file 0 of 1')).toBeInTheDocument();
    expect(QuietWorker.made.some((worker) => worker.sent.some((message) => typeof message === 'object' && message !== null && 'type' in message && message.type === 'begin'))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled: nothing was combined.')).toBeInTheDocument();
  });
});
