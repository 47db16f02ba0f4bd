import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
import { makeReview } from '../../testing/review-factory';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './gaps-screen';

describe('the gap screen', () => {
  it('shows readiness with its table of figures and the largest gaps', async () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 3 } } });
    renderApp(`#/assessments/${assessment.id}/gaps`, { language: 'en', assessments: [assessment] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Gaps and deadlines' })).toBeInTheDocument();
    expect(screen.getAllByRole('table').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/DG100/).length).toBeGreaterThan(0);
  });

  it('says beside overall readiness how many items it counts while some are unrated (issue 26 trial)', async () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 3 } } });
    renderApp(`#/assessments/${assessment.id}/gaps`, { language: 'en', assessments: [assessment] });
    const overall = (await screen.findByRole('heading', { name: 'Headline figures' })).closest('section')?.querySelector('[data-figure="overall"]');
    expect(overall?.querySelector('dt')?.textContent).toMatch(/^Overall readiness \(2 of \d+ items rated\)$/);
    expect(overall?.querySelector('dd')?.textContent).toMatch(/^\d+%$/);
  });
});

describe('the comparison with a review', () => {
  it('writes experience in words, target, self, reviewer and the difference, and levels as figures', async () => {
    const review = makeReview({ ratings: { 'unit:DG100': { level: 3 } }, experience: { 'e-one': { status: 'none' } } });
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1 } }, experience: { 'e-one': { status: 'some' } }, reviews: [review] });
    renderApp(`#/assessments/${assessment.id}/gaps`, { language: 'en', assessments: [assessment] });
    const experience = await screen.findByRole('row', { name: /^E1/ });
    expect(
      within(experience)
        .getAllByRole('cell')
        .slice(0, 4)
        .map((cell) => cell.textContent),
    ).toEqual(['yes (en)', 'some (en)', 'none (en)', 'less']);
    const unit = screen.getAllByRole('row', { name: /^DG100/ }).find((row) => row.closest('table')?.classList.contains('differences'));
    expect(
      within(unit ?? document.body)
        .getAllByRole('cell')
        .slice(0, 4)
        .map((cell) => cell.textContent),
    ).toEqual(['3', '1', '3', '+2  large difference']);
  });
});

describe('the basis of the figures', () => {
  it('is chosen once, kept with the assessment, and drives the headline and the gap chart', async () => {
    const review = makeReview({ ratings: { 'unit:DT100': { level: 1 } } });
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 3 }, 'unit:DT100': { level: 4 } }, reviews: [review] });
    const { user, store, unmount } = renderApp(`#/assessments/${assessment.id}/gaps`, { language: 'en', assessments: [assessment] });
    const overall = async () => (await screen.findByText('Overall readiness')).nextElementSibling?.textContent;
    expect(await overall()).toBe('100%');
    await user.click(screen.getByRole('radio', { name: "the reviewer's ratings" }));
    expect(store.getState().assessments[assessment.id]?.gapBasis).toEqual({ view: 'reviewer' });
    expect(screen.getByRole('status')).toHaveTextContent("use: สมศรี ผู้บังคับบัญชา's ratings");
    // DG100 unrated by the reviewer, DT100 at 1 of 3.
    expect(await overall()).toBe('33%');
    unmount();
    renderApp(`#/assessments/${assessment.id}/gaps`, { language: 'en', assessments: [store.getState().assessments[assessment.id] ?? assessment] });
    expect(await screen.findByRole('radio', { name: "the reviewer's ratings" })).toBeChecked();
  });
});
