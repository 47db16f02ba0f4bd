import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../../lib/download';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeReview } from '../../testing/review-factory';
import { localTimeOf } from '../../domain/calendar/calendar-date';
import { renderApp } from '../../testing/render-app';
import { createPlanHandoff } from '../../domain/files/plan-handoff';
import type { DevelopmentAction } from '../../domain/assessment/development-action';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './reviews-screen';

afterEach(() => vi.restoreAllMocks());

describe('the reviews screen', () => {
  it("offers again the request's levels as last typed in this browser", async () => {
    const assessment = makeAssessment();
    const first = renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    const second = await screen.findByLabelText('Level 2');
    await first.user.type(second, 'Permanent Secretary');
    first.unmount();
    renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    expect(await screen.findByLabelText('Level 2')).toHaveValue('Permanent Secretary');
    expect(screen.getByLabelText('Level 1')).not.toHaveValue('');
  });

  it('says there is no review yet, and exports a review request that hides the self-ratings unless asked', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 2, target: 4 } } });
    const { user } = renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews and plan hand-off' })).toBeInTheDocument();
    expect(screen.getByText('No review by anyone else yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export the review request' }));
    await waitFor(() => expect(saved).toHaveBeenCalledOnce());
    const blob = saved.mock.calls[0]?.[0];
    const request: unknown = JSON.parse((await blob?.text()) ?? 'null');
    expect(request).toMatchObject({ requestId: expect.any(String), selfRatingsShown: false, ratings: { 'unit:DG100': { target: 4 } } });
    expect(JSON.stringify(request)).not.toContain('"level"');
    expect(saved.mock.calls[0]?.[1]).toMatch(/^review-request-without-self-ratings_MCIO_/);
    await user.click(screen.getByLabelText('Let the reviewer see my self-ratings'));
    await user.click(screen.getByRole('button', { name: 'Export the review request' }));
    await waitFor(() => expect(saved.mock.calls[1]?.[1]).toMatch(/^review-request-with-self-ratings_MCIO_/));
  });

  it('tells two reviews by one person on one day apart, says whether they saw the self-ratings, and removes one with undo', async () => {
    const sent = (id: string, selfRatingsShown: boolean) => ({
      id,
      exportedAt: '2026-11-27T01:00:00.000Z',
      selfRatingsShown,
      asked: { ratings: {}, experience: {} },
    });
    const morning = makeReview({ id: 'review-morning', requestId: 'request-hidden', exportedAt: '2026-11-28T10:05:00.000Z' });
    const afternoon = makeReview({ id: 'review-afternoon', requestId: 'request-shown', exportedAt: '2026-11-28T11:40:00.000Z' });
    const assessment = makeAssessment({ reviews: [morning, afternoon], requests: [sent('request-hidden', false), sent('request-shown', true)] });
    const { user, store } = renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    // The reviews' own headings (the hand-off section has one of its own).
    const headings = (await screen.findAllByRole('heading', { level: 3 })).filter((heading) => heading.textContent.startsWith('สมศรี'));
    // The time of each file, where the user is (the same day as the review's date from UTC−10 to UTC+13).
    const [early, late] = [localTimeOf(morning.exportedAt), localTimeOf(afternoon.exportedAt)];
    expect(early).not.toBe(late);
    expect(headings.map((heading) => heading.textContent)).toEqual([
      `สมศรี ผู้บังคับบัญชา · อธิบดี · 28 November 2026, ${early} · did not see the self-ratings`,
      `สมศรี ผู้บังคับบัญชา · อธิบดี · 28 November 2026, ${late} · saw the self-ratings`,
    ]);
    await user.click(
      screen.getByRole('button', { name: `Remove this review: สมศรี ผู้บังคับบัญชา · อธิบดี · 28 November 2026, ${early} · did not see the self-ratings` }),
    );
    expect(store.getState().assessments[assessment.id]?.reviews?.map((review) => review.id)).toEqual(['review-afternoon']);
    expect(screen.getByRole('status')).toHaveTextContent(`Removed the review by สมศรี ผู้บังคับบัญชา · อธิบดี · 28 November 2026, ${early}`);
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    // Back in its place, the earlier one first.
    expect(store.getState().assessments[assessment.id]?.reviews?.map((review) => review.id)).toEqual(['review-morning', 'review-afternoon']);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('exports the backup for the assistant without the reviews by others unless they are ticked in, and not as a backup', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const round = {
      number: 1,
      assessedOn: '2025-11-27',
      ratings: {},
      experience: {},
      closedAt: '2026-11-20T01:00:00.000Z',
      reviews: [makeReview({ id: 'review-round1', overall: 'round one opinion' })],
    };
    const assessment = makeAssessment({
      reviews: [makeReview({ overall: 'confidential opinion' })],
      rounds: [round],
      requests: [{ id: 'request-one', exportedAt: '2026-11-27T01:00:00.000Z', selfRatingsShown: false, asked: { ratings: {}, experience: {} } }],
    });
    const { user, store } = renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    const box = await screen.findByRole('checkbox', { name: 'Include the reviews by others' });
    expect(box).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Export a backup for the assistant' }));
    const bare = (await saved.mock.calls[0]?.[0].text()) ?? '';
    expect(JSON.parse(bare)).toMatchObject({ format: 'cio-skills-compass-backup', assessments: [{ id: assessment.id, ratings: assessment.ratings }] });
    for (const secret of ['confidential opinion', 'round one opinion', 'request-one', '"reviews"']) expect(bare).not.toContain(secret);
    expect(saved.mock.calls[0]?.[1]).toMatch(/_MCIO_2026-11-27_backup-for-assistant-without-reviews\.json$/);
    expect(screen.getByText(/^Backup for the assistant exported/)).toHaveTextContent(
      /^Backup for the assistant exported \(.*_backup-for-assistant-without-reviews\.json\)$/,
    );
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Export a backup for the assistant' }));
    expect((await saved.mock.calls[1]?.[0].text()) ?? '').toContain('confidential opinion');
    expect(saved.mock.calls[1]?.[1]).toMatch(/_MCIO_2026-11-27_backup-for-assistant\.json$/);
    // A file for someone else is not the user's own backup.
    expect(store.getState().lastExportedAt).toBeFalsy();
  });

  it("merges a hand-off field by field: the appointee's own status is not offered as the assistant's, and stays when the description is accepted", async () => {
    const action = (overrides: Partial<DevelopmentAction> = {}): DevelopmentAction => ({
      id: 'action-e9',
      kind: 'course',
      description: 'E9 course',
      targetOn: '2027-06-30',
      status: 'planned',
      serves: ['unit:DG100'],
      ...overrides,
    });
    const assessment = makeAssessment({ actions: [action({ status: 'in-progress' })] });
    const handoff = createPlanHandoff({ ...assessment, actions: [action({ description: 'E9 course, second intake' })] }, [action()], {
      handoffId: 'handoff-e9',
      appVersion: 'test',
      now: '2026-11-28T09:00:00.000Z',
      sender: { name: 'Suda Assistant', position: 'CIO assistant' },
    });
    const { user, store } = renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    await user.upload(
      await screen.findByLabelText('Choose a plan hand-off file (.json)'),
      new File([JSON.stringify(handoff)], 'handoff.json', { type: 'application/json' }),
    );
    // Who sent it, when and what it changes, before anything is applied.
    const brief = await screen.findByRole('region', { name: 'The plan hand-off in brief' });
    expect(brief).toHaveTextContent('Sent bySuda Assistant (CIO assistant)');
    expect(brief).toHaveTextContent('0 new actions · 0 removed · 1 action changed (1 field)');
    const fields = await screen.findAllByRole('radiogroup');
    expect(fields.map((group) => group.getAttribute('aria-label'))).toEqual(['Description: E9 course']);
    expect(screen.queryByText('Status')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Accept' }));
    await user.click(screen.getByRole('button', { name: 'Save my choices' }));
    expect(await screen.findByText('1 accepted, 0 rejected')).toBeInTheDocument();
    expect(store.getState().assessments[assessment.id]?.actions).toEqual([action({ status: 'in-progress', description: 'E9 course, second intake' })]);
  });
});
