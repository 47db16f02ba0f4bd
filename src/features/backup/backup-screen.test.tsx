import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../../lib/download';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeReview } from '../../testing/review-factory';
import { renderApp } from '../../testing/render-app';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './backup-screen';

afterEach(() => vi.restoreAllMocks());

describe('the backup screen', () => {
  it('offers each saved assessment for export and a file to import', async () => {
    renderApp('#/backup', { language: 'en', assessments: [makeAssessment({ title: 'Round one' })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Back up and import' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /JSON backup/ }).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Choose a backup file (.json or .zip)')).toHaveAttribute('type', 'file');
  });

  it('shows the space used against what the browser allows, and the evidence files the assessments name', async () => {
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator), { storage: { estimate: () => Promise.resolve({ usage: 12 * 1024 * 1024, quota: 200 * 1024 * 1024 }) } }),
    );
    const file = (id: string, size: number) => ({
      id,
      attachedTo: 'unit:DG100',
      name: `${id}.pdf`,
      size,
      addedAt: '2026-11-27T03:00:00.000Z',
      sha256: '0'.repeat(64),
    });
    renderApp('#/backup', {
      language: 'th',
      assessments: [makeAssessment({ evidence: [file('file-0001', 5 * 1024 * 1024), file('file-0002', 1024 * 1024)] })],
    });
    expect(await screen.findByTestId('storage-space')).toHaveTextContent('ใช้ไป 12 MB จาก 200 MB ที่เบราว์เซอร์อนุญาต (6%)');
    await waitFor(() => expect(screen.getByTestId('evidence-files')).toHaveTextContent('2 ไฟล์ รวม 6 MB'));
    vi.unstubAllGlobals();
  });

  it('offers "Export with evidence files" once a file is attached, saying how many and how large, in Thai and English', async () => {
    const file = {
      id: 'file-0001',
      attachedTo: 'unit:DG100',
      name: 'order.pdf',
      size: 3 * 1024 * 1024,
      addedAt: '2026-11-27T03:00:00.000Z',
      sha256: '0'.repeat(64),
    };
    const { unmount } = renderApp('#/backup', { language: 'en', assessments: [makeAssessment({ evidence: [file] })] });
    expect(await screen.findByRole('button', { name: 'Export with evidence files (.zip)' })).toHaveAccessibleDescription(
      'One zip file: the same JSON backup as above and every evidence file (1 file, 3 MB in all), each listed with its SHA-256',
    );
    unmount();
    renderApp('#/backup', { language: 'th', assessments: [makeAssessment({ evidence: [file] })] });
    expect(await screen.findByRole('button', { name: 'ส่งออกพร้อมไฟล์หลักฐาน (.zip)' })).toHaveAccessibleDescription(/\(1 ไฟล์ รวม 3 MB\)/);
  });

  it('offers no zip while no evidence file is attached', async () => {
    renderApp('#/backup', { language: 'en', assessments: [makeAssessment()] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Back up and import' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export with evidence files (.zip)' })).toBeNull();
  });

  it('says so when the browser does not tell the space used', async () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { storage: undefined }));
    renderApp('#/backup', { language: 'en', assessments: [makeAssessment()] });
    expect(await screen.findByText('This browser does not say how much space is used')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('evidence-files')).toHaveTextContent('0 files, 0 bytes in all'));
    vi.unstubAllGlobals();
  });

  it('asks whether the backup carries the reviews by others: with them by default, without them it is not counted as a backup', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const round = {
      number: 1,
      assessedOn: '2025-11-27',
      ratings: {},
      experience: {},
      closedAt: '2026-11-20T01:00:00.000Z',
      reviews: [makeReview({ id: 'review-round1', overall: 'round one opinion' })],
    };
    const reviewed = makeAssessment({ title: 'Reviewed', reviews: [makeReview({ overall: 'confidential opinion' })], rounds: [round] });
    const { user, store } = renderApp('#/backup', { language: 'en', assessments: [reviewed] });
    const box = await screen.findByRole('checkbox', { name: "Include the reviews by others (the supervisor's opinions) in the file" });
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription(/should not: these opinions may be confidential/);
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    // The file is written asynchronously: wait for its download before reading it.
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const bare = (await saved.mock.calls[0]?.[0].text()) ?? '';
    for (const secret of ['confidential opinion', 'round one opinion', '"reviews"']) expect(bare).not.toContain(secret);
    expect(saved.mock.calls[0]?.[1]).toMatch(/_without-reviews\.json$/);
    expect(store.getState().lastExportedAt).toBeFalsy();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(2));
    const whole = (await saved.mock.calls[1]?.[0].text()) ?? '';
    expect([whole.includes('confidential opinion'), whole.includes('round one opinion')]).toEqual([true, true]);
    expect(saved.mock.calls[1]?.[1]).not.toMatch(/without-reviews/);
    await waitFor(() => expect(store.getState().lastExportedAt).toBeTruthy());
  });

  it('does not ask when no assessment holds a review', async () => {
    renderApp('#/backup', { language: 'en', assessments: [makeAssessment()] });
    await screen.findByRole('heading', { level: 1, name: 'Back up and import' });
    expect(screen.queryByRole('checkbox', { name: /reviews by others/ })).not.toBeInTheDocument();
  });
});
