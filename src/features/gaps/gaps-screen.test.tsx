import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
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
});
