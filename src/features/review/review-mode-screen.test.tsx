import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { createReviewFile, createReviewRequest, reviewFileSchema } from '../../domain/files/review';
import * as download from '../../lib/download';
import { renderApp } from '../../testing/render-app';
import { listReviewDrafts } from '../../lib/review-drafts';
import { clearReviewDrafts, makeReview } from '../../testing/review-factory';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './review-mode-screen';
import './review-items';

const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 2, target: 4 } } });
const requestFile = (selfRatingsShown: boolean) =>
  new File(
    [
      JSON.stringify(
        createReviewRequest(assessment, { requestId: 'request-one', selfRatingsShown, appVersion: 'test', now: '2026-11-28T09:00:00.000Z', defaultTarget: 3 }),
      ),
    ],
    'request.json',
    {
      type: 'application/json',
    },
  );

afterEach(() => {
  vi.restoreAllMocks();
  clearReviewDrafts();
});

describe('the review mode screen', () => {
  it('opens a request, keeps the draft under its own key, and exports a review that names the request', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const { user, store } = renderApp('#/review', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choose a review request (.json)'), requestFile(false));
    expect(await screen.findByText('The appointee hid their self-ratings so as not to anchor you.')).toBeInTheDocument();
    const dg100 = (await screen.findByText('DG100', { selector: 'legend .code' })).closest('fieldset');
    if (!dg100) throw new Error('no DG100 row');
    expect(dg100).toHaveTextContent('target 4');
    expect(dg100).not.toHaveTextContent('self');
    await user.click(within(dg100).getByRole('radio', { name: /^3/ }));
    await user.click(within(dg100).getByText('Comment'));
    await user.click(within(dg100).getByLabelText('Comment on DG100'));
    await user.paste('steady');

    await user.click(screen.getByRole('button', { name: 'Export the review' }));
    // The one error summary, and each field that needs filling in says so; the focus goes to the first.
    expect(await screen.findByRole('alert')).toHaveTextContent('Please correct the 2 fields marked ! below.');
    expect(screen.getByLabelText(/Reviewer's name/)).toHaveAccessibleDescription('Please fill in this field.');
    expect(screen.getByLabelText(/^Position/)).toHaveAccessibleDescription('Please fill in this field.');
    expect(screen.getByLabelText(/Reviewer's name/)).toHaveFocus();
    expect(saved).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText(/Reviewer's name/));
    await user.paste('Somsri');
    await user.click(screen.getByLabelText(/^Position/));
    await user.paste('Director-General');
    await user.click(screen.getByRole('button', { name: 'Export the review' }));
    await user.click(await screen.findByRole('button', { name: 'Export anyway' }));
    // The form checks and writes asynchronously: wait for the download.
    await waitFor(() => expect(saved).toHaveBeenCalledOnce());
    const blob = saved.mock.calls[0]?.[0];
    const file = reviewFileSchema.parse(JSON.parse(await (blob as Blob).text()));
    expect(file.review).toMatchObject({
      requestId: 'request-one',
      assessmentId: assessment.id,
      reviewer: { name: 'Somsri' },
      ratings: { 'unit:DG100': { level: 3, comment: 'steady' } },
    });
    expect(listReviewDrafts(store.storage)[0]?.reviewerName).toBe('Somsri');
    expect(store.getState().assessments).toEqual({});
  });

  it('tells level 1 that a chain follows, naming the next levels by position, and names its file for level 1', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const { user } = renderApp('#/review', { language: 'en' });
    const request = createReviewRequest(assessment, {
      requestId: 'request-chain',
      selfRatingsShown: false,
      appVersion: 'test',
      now: '2026-11-28T09:00:00.000Z',
      defaultTarget: 3,
      levels: ['Director-General', 'Permanent Secretary', 'MCIO'],
    });
    await user.upload(
      await screen.findByLabelText('Choose a review request (.json)'),
      new File([JSON.stringify(request)], 'request.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        'You give your opinion as level 1 (Director-General). Once you export it, pass the file on to the Permanent Secretary (level 2), then the MCIO (level 3), in that order; it then goes back to the appointee.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Reviewer's name/));
    await user.paste('Somsri');
    await user.click(screen.getByLabelText(/^Position/));
    await user.paste('Director-General');
    await user.click(screen.getByRole('button', { name: 'Export the review' }));
    await user.click(await screen.findByRole('button', { name: 'Export anyway' }));
    await waitFor(() => expect(saved.mock.calls[0]?.[1]).toMatch(/^review-level-1_MCIO_/));
  });

  it('refuses in words, never with a code: a review with no level left, and a review chosen as a request', async () => {
    const { user } = renderApp('#/review', { language: 'en' });
    const complete = createReviewFile(
      makeReview({
        exportedAt: '2026-11-26T09:00:00.000Z',
        reviewer: { name: 'Somsri S.', position: 'Director-General', reviewedOn: '2026-11-26' },
        chain: { levels: ['Director-General'], opinions: [] },
      }),
      'test',
    );
    const reviewFile = new File([JSON.stringify(complete)], 'review.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Choose a review passed to you (.json)'), reviewFile);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No level is left to give an opinion on this review');
    expect(alert).not.toHaveTextContent('review.chain');
    await user.upload(screen.getByLabelText('Choose a review request (.json)'), reviewFile);
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((element) => /This file is a supervisor's review/.test(element.textContent ?? ''))).toBe(true),
    );
    expect(
      screen
        .getAllByRole('alert')
        .map((element) => element.textContent ?? '')
        .join(' '),
    ).not.toMatch(/\bformat: /);
  });

  it('shows the self-ratings when the appointee chose to, and refuses a file of another kind', async () => {
    const { user } = renderApp('#/review', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choose a review request (.json)'), new File(['{"format":"other"}'], 'other.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not a CIO Skills Compass review request');
    await user.upload(screen.getByLabelText('Choose a review request (.json)'), requestFile(true));
    expect(await screen.findByText('The appointee shows their self-ratings.')).toBeInTheDocument();
    expect((await screen.findByText('DG100', { selector: 'legend .code' })).closest('fieldset')).toHaveTextContent('target 4 · self 2');
  });

  it("keeps a second person's request beside the first, lists both drafts on My assessments, and offers the reviewer's name and position again", async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const { user, store } = renderApp('#/review', { language: 'en' });
    await user.upload(await screen.findByLabelText('Choose a review request (.json)'), requestFile(false));
    await screen.findByText('DG100', { selector: 'legend .code' });
    await user.type(screen.getByLabelText(/Reviewer's name/), 'Somsri');
    await user.type(screen.getByLabelText(/^Position/), 'Director-General');
    await user.click(screen.getByRole('button', { name: 'Export the review' }));
    await user.click(await screen.findByRole('button', { name: 'Export anyway' }));
    await waitFor(() => expect(saved).toHaveBeenCalledOnce());

    // A request from someone else: the first draft stays, and the reviewer need not type who they are again.
    window.location.hash = '#/review';
    const other = makeAssessment({ id: 'other-assessment', appointee: { ...assessment.appointee, name: 'Somying' } });
    const otherFile = new File(
      [
        JSON.stringify(
          createReviewRequest(other, {
            requestId: 'request-two',
            selfRatingsShown: false,
            appVersion: 'test',
            now: '2026-11-28T10:00:00.000Z',
            defaultTarget: 3,
          }),
        ),
      ],
      'other.json',
      { type: 'application/json' },
    );
    await user.upload(await screen.findByLabelText('Choose a review request (.json)'), otherFile);
    expect(await screen.findByLabelText(/Reviewer's name/)).toHaveValue('Somsri');
    expect(screen.getByLabelText(/^Position/)).toHaveValue('Director-General');
    expect(listReviewDrafts(store.storage).map((draft) => draft.request.appointee.name)).toEqual(['Somying', assessment.appointee.name]);

    window.location.hash = '#/assessments';
    const first = await screen.findByRole('link', { name: `Continue the review of ${assessment.appointee.name}` });
    expect(screen.getByRole('link', { name: 'Continue the review of Somying' })).toBeInTheDocument();
    await user.click(first);
    expect(await screen.findByLabelText(/Reviewer's name/)).toHaveValue('Somsri');
    expect(screen.getByRole('heading', { level: 2, name: `${assessment.appointee.name} · ${assessment.appointee.position}` })).toBeInTheDocument();
  });
});
