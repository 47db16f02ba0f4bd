import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as download from '../../lib/download';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeReview } from '../../testing/review-factory';
import { renderApp } from '../../testing/render-app';
import { localCalendarDateOf } from '../../domain/calendar/calendar-date';
import { testNow } from '../../testing/test-store';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './reviews-screen';

const levels = ['Director-General', 'Permanent Secretary'];
const opinion = { name: 'Somchai P.', position: 'Permanent Secretary', signedOn: '2026-11-26', verdict: 'agree' as const, opinion: '' };
const reviewWith = (opinions: (typeof opinion)[]) =>
  makeReview({
    exportedAt: '2026-11-26T09:00:00.000Z',
    reviewer: { name: 'Somsri S.', position: 'Director-General', reviewedOn: '2026-11-26' },
    chain: { levels, opinions },
  });

describe('the chain of opinions on the reviews screen', () => {
  it("shows every level's opinion, verdict, name, position and date, and level 1's word on the plan, above the acknowledgement", async () => {
    const later = reviewWith([opinion]);
    const review = {
      ...later,
      chain: { levels, opinions: [{ ...opinion, verdict: 'partly' as const, opinion: 'Send to the data course first.', planComment: 'First quarter.' }] },
      verdict: 'disagree' as const,
      overall: 'Rated too high on DG100.',
      plan: { agreed: false, comment: 'Add a data governance course.' },
    };
    const assessment = makeAssessment({ reviews: [review] });
    renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    const opinions = await screen.findByRole('region', { name: 'The opinion of every level' });
    const [first, second] = within(opinions).getAllByRole('listitem');
    expect(first).toHaveTextContent('Level 1: Director-General: Somsri S. (Director-General), 26 November 2026');
    expect(first).toHaveTextContent('Disagrees with the self-assessment');
    expect(first).toHaveTextContent('Overall opinion: Rated too high on DG100.');
    expect(first).toHaveTextContent('The development plan is not agreed yet · On the development plan: Add a data governance course.');
    expect(second).toHaveTextContent('Level 2: Permanent Secretary: Somchai P. (Permanent Secretary), 26 November 2026');
    expect(second).toHaveTextContent('Partly agrees with the assessment and the opinions above');
    expect(second).not.toHaveTextContent('self-assessment');
    expect(second).toHaveTextContent('Opinion: Send to the data course first.');
    // Every level's comment on the plan, not level 1's alone (issue 26, second trial).
    expect(second).toHaveTextContent('On the development plan: First quarter.');
    // Read before the acknowledgement, which comes after them on the page.
    const acknowledge = screen.getByText('Acknowledge (sign as read)');
    expect(opinions.compareDocumentPosition(acknowledge) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('offers no acknowledgement while a level is still to give its opinion', async () => {
    const assessment = makeAssessment({ reviews: [reviewWith([])] });
    renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    const chain = await screen.findByRole('group', { name: 'Chain of opinions' });
    expect(within(chain).getByText('Level 2: Permanent Secretary').nextSibling).toHaveTextContent('not yet');
    expect(screen.queryByText('Acknowledge (sign as read)')).not.toBeInTheDocument();
  });

  it('takes the acknowledgement, then HR receipt, each kept on the review, the acknowledgement named after the appointee', async () => {
    const assessment = makeAssessment({ reviews: [reviewWith([opinion])] });
    const { user, store } = renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    await user.click(await screen.findByText('Acknowledge (sign as read)'));
    expect(screen.queryByText("Record HR's receipt")).not.toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('สมชาย ใจดี');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const today = localCalendarDateOf(testNow);
    await waitFor(() =>
      expect(store.getState().assessments[assessment.id]?.reviews?.[0]?.acknowledged).toEqual({ name: 'สมชาย ใจดี', position: 'รองอธิบดี', signedOn: today }),
    );
    await user.click(await screen.findByText("Record HR's receipt"));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Please fill in this field.')).toHaveLength(2);
    expect(store.getState().assessments[assessment.id]?.reviews?.[0]?.received).toBeUndefined();
    await user.type(screen.getByLabelText('Name'), 'Sunee HR');
    await user.type(screen.getByLabelText('Position'), 'HR officer');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(store.getState().assessments[assessment.id]?.reviews?.[0]?.received).toEqual({ name: 'Sunee HR', position: 'HR officer', signedOn: today }),
    );
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it("sends HR the acknowledged review as a file, says HR's receipt is in HR's copy until it comes back, then shows it (issue 26, second trial)", async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const acknowledged = { name: 'สมชาย ใจดี', position: 'รองอธิบดี', signedOn: '2026-11-27' };
    const review = { ...reviewWith([opinion]), acknowledged };
    const assessment = makeAssessment({ reviews: [review] });
    const { user } = renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    const chain = await screen.findByRole('group', { name: 'Chain of opinions' });
    expect(within(chain).getByText('Receipt recorded by HR').nextSibling).toHaveTextContent(
      "recorded in HR's copy (shown here once the file HR sends back is brought back)",
    );
    await user.click(screen.getByRole('button', { name: 'Export the file for HR to record receipt' }));
    expect(saved.mock.calls[0]?.[1]).toMatch(/^review-for-hr_MCIO_/);
    const sent = JSON.parse(await (saved.mock.calls[0]?.[0] as Blob).text());
    expect(sent.review).toEqual(review);

    // HR's file back: the same export with the receipt, brought back on this screen.
    const received = { name: 'Sunee HR', position: 'HR officer', signedOn: '2026-11-27' };
    const back = new File([JSON.stringify({ ...sent, review: { ...sent.review, received } })], 'review-received.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choose a review file (.json)'), back);
    expect(await screen.findByText("HR's receipt (Sunee HR) is added to this review")).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Chain of opinions' })).getByText('Receipt recorded by HR').nextSibling).toHaveTextContent(
      'Sunee HR (HR officer), 27 November 2026',
    );
    vi.restoreAllMocks();
  });
});
