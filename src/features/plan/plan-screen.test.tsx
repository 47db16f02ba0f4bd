import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeReview } from '../../testing/review-factory';
import { renderApp } from '../../testing/render-app';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './plan-screen';

describe('the plan screen', () => {
  it('lists a rated gap with no action, and adds an action for it, starting from the suggestion', async () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1 } } });
    const { user, store } = renderApp(`#/assessments/${assessment.id}/plan`, { language: 'en', assessments: [assessment] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Development plan (IDP)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add an action for DG100' }));
    const description = screen.getByRole('textbox', { name: /Description/ });
    await user.clear(description);
    await user.type(description, 'Course on digital law');
    await user.click(screen.getByRole('button', { name: 'Save the action' }));
    const actions = store.getState().assessments[assessment.id]?.actions ?? [];
    expect(actions.map((action) => [action.description, action.serves])).toEqual([['Course on digital law', ['unit:DG100']]]);
  });

  it('starts "Add a development action" with no item chosen, and asks for one before saving', async () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 0 } } });
    const { user, store } = renderApp(`#/assessments/${assessment.id}/plan`, { language: 'en', assessments: [assessment] });
    await user.click(await screen.findByRole('button', { name: 'Add a development action' }));
    const served = screen.getByRole('group', { name: 'Items this action develops' });
    expect(
      within(served)
        .getAllByRole('checkbox')
        .filter((box) => (box as HTMLInputElement).checked),
    ).toEqual([]);
    expect(screen.getByRole('textbox', { name: /Description/ })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: /Description/ }), 'Digital law course');
    await user.click(screen.getByRole('button', { name: 'Save the action' }));
    expect(await screen.findAllByRole('alert')).toHaveLength(1);
    expect(store.getState().assessments[assessment.id]?.actions ?? []).toEqual([]);
    await user.click(within(served).getByRole('checkbox', { name: /DT100/ }));
    await user.click(screen.getByRole('button', { name: 'Save the action' }));
    await waitFor(() => expect(store.getState().assessments[assessment.id]?.actions?.map((action) => action.serves)).toEqual([['unit:DT100']]));
  });

  it('lists the gaps of the chosen basis and lets an action serve an item only the reviewer finds short', async () => {
    // Self 4 at target 3 on DT100; the reviewer gives 1.
    const review = makeReview({ ratings: { 'unit:DT100': { level: 1 } } });
    const assessment = makeAssessment({
      ratings: { 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 4 } },
      experience: { 'e-two': { status: 'yes' } },
      reviews: [review],
      gapBasis: { view: 'reviewer' },
    });
    const { user } = renderApp(`#/assessments/${assessment.id}/plan`, { language: 'en', assessments: [assessment] });
    expect(await screen.findByRole('button', { name: 'Add an action for DT100' })).toBeInTheDocument();
    expect(screen.getByText("The figures, the gap chart and list, and the gaps the plan has no action for use: สมศรี ผู้บังคับบัญชา's ratings")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a development action' }));
    const served = screen.getByRole('group', { name: 'Items this action develops' });
    // DG100 short by both; DT100 by the reviewer only; the starred E2, acquired by the appointee's account, not rated by the reviewer.
    expect(
      within(served)
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).value),
    ).toEqual(['unit:DG100', 'unit:DT100', 'experience:e-two']);
  });

  it('refuses an action with no description with one error summary, one alert', async () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1 } } });
    const { user, store } = renderApp(`#/assessments/${assessment.id}/plan`, { language: 'en', assessments: [assessment] });
    await user.click(await screen.findByRole('button', { name: 'Add an action for DG100' }));
    await user.clear(screen.getByRole('textbox', { name: /Description/ }));
    await user.click(screen.getByRole('button', { name: 'Save the action' }));
    // The form validates asynchronously: wait for the summary the user sees, then count.
    expect(await screen.findAllByRole('alert')).toHaveLength(1);
    expect(store.getState().assessments[assessment.id]?.actions ?? []).toEqual([]);
  });
});
