import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../../lib/download';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './reviews-screen';

afterEach(() => vi.restoreAllMocks());

describe('the reviews screen', () => {
  it('says there is no review yet, and exports a review request that hides the self-ratings unless asked', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 2, target: 4 } } });
    const { user } = renderApp(`#/assessments/${assessment.id}/reviews`, { language: 'en', assessments: [assessment] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews and plan hand-off' })).toBeInTheDocument();
    expect(screen.getByText('No review by anyone else yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export the review request' }));
    expect(saved).toHaveBeenCalledOnce();
    const blob = saved.mock.calls[0]?.[0];
    const request: unknown = JSON.parse((await blob?.text()) ?? 'null');
    expect(request).toMatchObject({ requestId: expect.any(String), selfRatingsShown: false, ratings: { 'unit:DG100': { target: 4 } } });
    expect(JSON.stringify(request)).not.toContain('"level"');
  });
});
