import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appointeeTextMaxLength } from '../../domain/assessment/assessment';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './assessment-routes';

const assessment = makeAssessment({ id: 'test-assessment', title: 'My first round' });

describe('the assessments list', () => {
  it('lists the saved assessments with a link to open each and a way to start another', async () => {
    renderApp('#/assessments', { language: 'en', assessments: [assessment] });
    expect(await screen.findByRole('heading', { level: 1, name: 'My assessments' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /My first round/ })[0]).toHaveAttribute('href', '#/assessments/test-assessment');
    expect(screen.getByRole('link', { name: 'Start a new assessment' })).toHaveAttribute('href', '#/assessments/new');
  });
});

describe('the new-assessment screen', () => {
  it('refuses an empty form with one alert, then starts the assessment and opens it', async () => {
    const { user, store } = renderApp('#/assessments/new/dcio', { language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Start the assessment' }));
    // The schema check is asynchronous: wait for the alert the user sees, then count it.
    expect(await screen.findAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /Position/ })).toHaveAccessibleDescription('Please fill in this field.');

    await user.type(screen.getByRole('textbox', { name: /Position/ }), 'Deputy DG');
    await user.type(screen.getByRole('textbox', { name: /Agency/ }), 'Dept X');
    const appointed = screen.getByRole('group', { name: /appointment/i });
    await user.selectOptions(within(appointed).getAllByRole('combobox')[0] ?? appointed, '1');
    await user.selectOptions(within(appointed).getAllByRole('combobox')[1] ?? appointed, '10');
    await user.type(within(appointed).getByRole('textbox'), '2025');
    await user.click(screen.getByRole('button', { name: 'Start the assessment' }));

    const started = Object.values(store.getState().assessments);
    expect(started.map((saved) => [saved.profileId, saved.appointee.position, saved.appointee.appointedOn])).toEqual([['dcio', 'Deputy DG', '2025-10-01']]);
    expect(window.location.hash).toBe(`#/assessments/${started[0]?.id ?? ''}`);
  });
});

describe('the assessment screen', () => {
  it('shows the items of the role profile to rate', async () => {
    renderApp('#/assessments/test-assessment', { language: 'en', assessments: [assessment] });
    expect(await screen.findByRole('radiogroup', { name: /DG100/ })).toBeInTheDocument();
  });

  it('says so, with a way back, for an assessment that is not there', async () => {
    renderApp('#/assessments/nothing-here', { language: 'en' });
    const notice = await screen.findByRole('alert');
    expect(within(notice).getByRole('link', { name: 'My assessments' })).toHaveAttribute('href', '#/assessments');
  });
});

describe('the appointee details screen', () => {
  it('saves a corrected position and goes back to the assessment', async () => {
    const { user, store } = renderApp('#/assessments/test-assessment/details', { language: 'en', assessments: [assessment] });
    const position = await screen.findByRole('textbox', { name: /Position/ });
    await user.clear(position);
    await user.type(position, 'Director-General');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.getState().assessments['test-assessment']?.appointee.position).toBe('Director-General'));
    expect(window.location.hash).toBe('#/assessments/test-assessment');
  });

  it("stops each text box at the schema's limit as the user types, rather than refusing on save", async () => {
    const { user } = renderApp('#/assessments/test-assessment/details', { language: 'en', assessments: [assessment] });
    const name = await screen.findByRole('textbox', { name: /Full name/ });
    for (const box of screen.getAllByRole('textbox').filter((box) => box.getAttribute('inputmode') !== 'numeric'))
      expect(box).toHaveAttribute('maxLength', String(appointeeTextMaxLength));
    await user.clear(name);
    await user.type(name, 'ก'.repeat(appointeeTextMaxLength + 20));
    expect(name).toHaveValue('ก'.repeat(appointeeTextMaxLength));
  });

  it('refuses an emptied field with one error summary, one alert, on the first click', async () => {
    const { user } = renderApp('#/assessments/test-assessment/details', { language: 'en', assessments: [assessment] });
    await user.clear(await screen.findByRole('textbox', { name: /Agency/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByRole('alert')).map((alert) => alert.textContent)).toEqual(['Please correct the field marked ! below.']);
    expect(window.location.hash).toBe('#/assessments/test-assessment/details');
  });
});
