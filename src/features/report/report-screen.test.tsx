import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './report-screen';

describe('the report screen', () => {
  it('lays out the report in its own language, whatever the screen’s, with the appointee’s details', async () => {
    const assessment = makeAssessment();
    renderApp(`#/assessments/${assessment.id}/report`, { language: 'th', assessments: [assessment] });
    const report = await screen.findByRole('article');
    expect(within(report).getAllByText(/สมชาย ใจดี/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /PDF/ })).toBeInTheDocument();
  });
});
