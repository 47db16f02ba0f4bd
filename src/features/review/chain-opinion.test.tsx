import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../../lib/download';
import { createReviewFile } from '../../domain/files/review';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
import { clearReviewDrafts, makeReview } from '../../testing/review-factory';
import { storageKeys } from '../../lib/storage-keys';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './review-mode-screen';

const passed = createReviewFile(
  makeReview({
    exportedAt: '2026-11-26T09:00:00.000Z',
    reviewer: { name: 'Somsri S.', position: 'Director-General', reviewedOn: '2026-11-26' },
    verdict: 'partly',
    plan: { agreed: false, comment: 'Add a data governance course.' },
    chain: { levels: ['Director-General', 'Permanent Secretary'], opinions: [] },
  }),
  'test',
  makeAssessment().appointee,
);
const chainKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(storageKeys.chainDraftPrefix));

afterEach(() => clearReviewDrafts());

describe('a later level of the chain in review mode (issue 26 trial)', () => {
  it("keeps level 2's opinion in progress through a reload, shows level 1's plan comment, and forgets it when closed", async () => {
    const first = renderApp('#/review', { language: 'en' });
    const file = new File([JSON.stringify(passed)], 'review-level-1.json', { type: 'application/json' });
    await first.user.upload(await screen.findByLabelText('Choose a review passed to you (.json)'), file);
    expect(await screen.findByText('The development plan is not agreed yet · On the development plan: Add a data governance course.')).toBeInTheDocument();
    await first.user.type(screen.getByLabelText('Name', { exact: true }), 'Somchai P.');
    await first.user.click(screen.getByLabelText('Agrees with the assessment and the opinions above'));
    await first.user.type(screen.getByLabelText('Opinion', { exact: true }), 'Course first.');
    expect(window.location.hash).toBe(`#/review/${passed.review.id}`);
    expect(chainKeys()).toEqual([`${storageKeys.chainDraftPrefix}${passed.review.id}`]);
    first.unmount();

    // The page loaded again at the same address, with a new store over the same storage.
    const again = renderApp(window.location.hash, { language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Opinion of the Permanent Secretary (level 2)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name', { exact: true })).toHaveValue('Somchai P.');
    expect(screen.getByLabelText('Position', { exact: true })).toHaveValue('Permanent Secretary');
    expect(screen.getByLabelText('Agrees with the assessment and the opinions above')).toBeChecked();
    expect(screen.getByLabelText('Opinion', { exact: true })).toHaveValue('Course first.');
    expect(screen.queryByText(/no draft/i)).not.toBeInTheDocument();

    await again.user.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByLabelText('Choose a review passed to you (.json)')).toBeInTheDocument();
    expect(chainKeys()).toEqual([]);
  });

  it("lists level 2's opinion in progress on My assessments, a link back to it (issue 26 point 6, second trial)", async () => {
    const first = renderApp('#/review', { language: 'en' });
    const file = new File([JSON.stringify(passed)], 'review-level-1.json', { type: 'application/json' });
    await first.user.upload(await screen.findByLabelText('Choose a review passed to you (.json)'), file);
    await first.user.type(await screen.findByLabelText('Opinion', { exact: true }), 'Course first.');
    first.unmount();

    const mine = renderApp('#/assessments', { language: 'en' });
    const link = await screen.findByRole('link', { name: `Continue your opinion on the review of ${passed.appointee?.name ?? ''}` });
    expect(link.closest('li')).toHaveTextContent('level 2: Permanent Secretary');
    await mine.user.click(link);
    expect(await screen.findByRole('heading', { name: 'Opinion of the Permanent Secretary (level 2)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Opinion', { exact: true })).toHaveValue('Course first.');
  });

  it('HR opens the acknowledged review in their own browser, records receipt and exports the same review with it (issue 26, second trial)', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const done = {
      ...passed.review,
      chain: {
        levels: ['Director-General', 'Permanent Secretary'],
        opinions: [{ name: 'Somchai P.', position: 'Permanent Secretary', signedOn: '2026-11-27', verdict: 'agree' as const, opinion: '' }],
      },
      acknowledged: { name: 'สมชาย ใจดี', position: 'รองอธิบดี', signedOn: '2026-11-27' },
    };
    const view = renderApp('#/review', { language: 'en' });
    const file = new File([JSON.stringify({ ...passed, review: done })], 'review-for-hr.json', { type: 'application/json' });
    await view.user.upload(await screen.findByLabelText('Choose a review passed to you (.json)'), file);
    expect(await screen.findByRole('heading', { name: "HR's receipt" })).toBeInTheDocument();
    expect(screen.getByText('Acknowledged by the appointee: สมชาย ใจดี (รองอธิบดี), 27 November 2026')).toBeInTheDocument();
    await view.user.click(screen.getByRole('button', { name: 'Record receipt and export the file' }));
    expect(await screen.findAllByText('Please fill in this field.')).toHaveLength(2);
    await view.user.type(screen.getByLabelText('Name', { exact: true }), 'Sunee HR');
    await view.user.type(screen.getByLabelText('Position', { exact: true }), 'HR officer');
    await view.user.click(screen.getByRole('button', { name: 'Record receipt and export the file' }));
    expect(saved.mock.calls[0]?.[1]).toMatch(/^review-received_MCIO_/);
    const written = JSON.parse(await (saved.mock.calls[0]?.[0] as Blob).text());
    expect(written.review).toEqual({ ...done, received: { name: 'Sunee HR', position: 'HR officer', signedOn: '2026-11-27' } });
    expect(screen.getByRole('status')).toHaveTextContent('send this file back to the appointee');
    // Until closed, the receipt in progress is listed on My assessments.
    view.unmount();
    renderApp('#/assessments', { language: 'en' });
    expect(await screen.findByRole('link', { name: `Continue recording receipt of the review of ${passed.appointee?.name ?? ''}` })).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it('gives level 2 the same comment on the plan as level 1, kept through a reload and exported with its opinion (issue 26, second trial)', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const first = renderApp('#/review', { language: 'en' });
    const file = new File([JSON.stringify(passed)], 'review-level-1.json', { type: 'application/json' });
    await first.user.upload(await screen.findByLabelText('Choose a review passed to you (.json)'), file);
    await first.user.type(await screen.findByLabelText('On the development plan'), 'Data course in the first quarter.');
    first.unmount();
    const again = renderApp(window.location.hash, { language: 'en' });
    expect(await screen.findByLabelText('On the development plan')).toHaveValue('Data course in the first quarter.');
    await again.user.type(screen.getByLabelText('Name', { exact: true }), 'Somchai P.');
    await again.user.click(screen.getByLabelText('Agrees with the assessment and the opinions above'));
    await again.user.click(screen.getByRole('button', { name: 'Export the review with my opinion' }));
    const written = JSON.parse(await (saved.mock.calls[0]?.[0] as Blob).text());
    expect(written.schemaVersion).toBe(3);
    expect(written.review.chain.opinions[0]).toMatchObject({ name: 'Somchai P.', planComment: 'Data course in the first quarter.' });
    vi.restoreAllMocks();
  });
});
