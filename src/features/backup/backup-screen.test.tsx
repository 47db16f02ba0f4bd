import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './backup-screen';

describe('the backup screen', () => {
  it('offers each saved assessment for export and a file to import', async () => {
    renderApp('#/backup', { language: 'en', assessments: [makeAssessment({ title: 'Round one' })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Back up and import' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /JSON backup/ }).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Choose a backup file (.json)')).toHaveAttribute('type', 'file');
  });
});
