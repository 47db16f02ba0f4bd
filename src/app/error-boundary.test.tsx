import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../lib/download';
import { renderWithStore } from '../testing/render-app';
import { makeTestStore } from '../testing/test-store';
import { ErrorBoundary } from './error-boundary';

function Broken({ error }: { error: Error }): never {
  throw error;
}

afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows what happened, Reload, the way home, the details, and downloads the raw stored data', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = makeTestStore({ language: 'en' });
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const stored = JSON.stringify({ state: { language: 'en', assessments: {}, currentAssessmentId: null }, version: 3 });
    localStorage.setItem('cio-skills-compass', stored);
    renderWithStore(
      store,
      <ErrorBoundary>
        <Broken error={new URIError('URI malformed')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'This screen could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the first screen' })).toHaveAttribute('href', '#/');
    expect(screen.getByText('Details to report')).toBeInTheDocument();
    expect(screen.getByText(/URIError: URI malformed/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    const [blob, name] = saved.mock.calls[0] ?? [];
    expect(name).toMatch(/^cio-skills-compass_my-data_.*\.json$/);
    expect(await (blob as Blob).text()).toBe(stored);
  });

  it('says a failed lazy chunk is a reload away, in Thai', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithStore(
      makeTestStore({ language: 'th' }),
      <ErrorBoundary>
        <Broken error={new TypeError('Failed to fetch dynamically imported module: /assets/gaps-screen.js')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'หน้านี้แสดงผลไม่ได้' })).toBeInTheDocument();
    expect(screen.getByText(/ส่วนหนึ่งของแอปโหลดไม่ได้/)).toBeInTheDocument();
  });

  it('gives the screen another chance when the user goes elsewhere', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="a">
        <Broken error={new Error('boom')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(
      <ErrorBoundary resetKey="b">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
  });
});
