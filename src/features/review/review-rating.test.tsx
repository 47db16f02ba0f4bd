import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { experienceDeadline } from '../../domain/calendar/deadlines';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { createReviewRequest } from '../../domain/files/review';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
import { listReviewDrafts } from '../../lib/review-drafts';
import { clearReviewDrafts } from '../../testing/review-factory';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './review-mode-screen';
import './review-items';

// The test profile's items, in order: DG200, DG100, DT100, SPM300, SPM304.1, K1, E1, E2 (starred), B1.
const assessment = makeAssessment({
  ratings: { 'unit:DG100': { level: 2, target: 4, note: 'led the data policy once' } },
  experience: { 'e-one': { status: 'none', note: 'not yet' }, 'e-two': { status: 'yes' } },
});
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

afterEach(() => clearReviewDrafts());

async function openRequest(selfRatingsShown: boolean) {
  const view = renderApp('#/review', { language: 'en' });
  await view.user.upload(await screen.findByLabelText('Choose a review request (.json)'), requestFile(selfRatingsShown));
  await screen.findByText('DG100', { selector: 'legend .code' });
  return view;
}

const row = (code: string) => {
  const found = screen.getByText(code, { selector: 'legend .code' }).closest('fieldset');
  if (!found) throw new Error(`no row for ${code}`);
  return found;
};
const focusedCode = () => document.activeElement?.closest('fieldset')?.querySelector('legend .code')?.textContent;

describe("the reviewer's rating screen", () => {
  it("is rated with the appointee's shortcuts: U to the first unrated item, a digit or N/S/Y rates it and moves on", async () => {
    const { user, store } = await openRequest(false);
    await user.keyboard('u');
    expect(focusedCode()).toBe('DG200');
    await user.keyboard('3');
    expect(within(row('DG200')).getByRole('radio', { name: /^3/ })).toBeChecked();
    expect(focusedCode()).toBe('DG100');
    for (const key of ['1', '4', '2', '0', '2']) await user.keyboard(key);
    expect(focusedCode()).toBe('E1');
    await user.keyboard('s');
    await user.keyboard('y');
    expect(focusedCode()).toBe('B1');
    expect(await screen.findByText('E2: yes (en) · Next: B1')).toBeInTheDocument();
    await user.keyboard('4');
    expect(listReviewDrafts(store.storage)[0]).toMatchObject({
      ratings: {
        'unit:DG200': { level: 3 },
        'unit:DG100': { level: 1 },
        'unit:DT100': { level: 4 },
        'unit:SPM300': { level: 2 },
        'criterion:SPM304.1': { level: 0 },
        'knowledge:k-one': { level: 2 },
        'behavioural:visioning': { level: 4 },
      },
      experience: { 'e-one': { status: 'some' }, 'e-two': { status: 'yes' } },
    });
    // Every item rated: the keyboard goes on to the overall opinion.
    expect(await screen.findByText(/Every item is rated/, { selector: '[aria-live]' })).toBeInTheDocument();
  });

  it('counts the items rated as the reviewer goes, and "next unrated" skips those rated', async () => {
    const { user } = await openRequest(false);
    const progress = () => screen.getByRole('progressbar', { name: 'Progress' });
    expect(progress()).toHaveAttribute('aria-valuetext', '0/9 rated');
    await user.click(within(row('DG200')).getByRole('radio', { name: /^2/ }));
    expect(await screen.findByText('1/9 rated · 11%')).toBeInTheDocument();
    await user.click(within(row('DG100')).getByRole('radio', { name: /^0/ }));
    await user.click(screen.getByRole('button', { name: 'Next unrated item' }));
    expect(focusedCode()).toBe('DT100');
  });

  it("has the appointee's screen's headings: each section, and each skill group", async () => {
    await openRequest(false);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(['1. Competency units', '2. Knowledge', '3. Experience', '5. Behavioural competencies']),
    );
    expect(screen.getByRole('heading', { level: 3, name: 'DG DG (en)' })).toBeInTheDocument();
  });

  it('marks a starred experience with its deadline, two years from the appointment, and the time left', async () => {
    await openRequest(false);
    const due = `Due by ${formatLongDate(experienceDeadline(assessment.appointee.appointedOn), 'en')}`;
    expect(row('E2')).toHaveTextContent(`Required within 2 years ${due}`);
    expect(within(row('E2')).getByRole('radiogroup')).toHaveAccessibleDescription(new RegExp(due));
    expect(row('E1')).not.toHaveTextContent('Due by');
  });

  it("shows the appointee's notes and self-ratings when the request shares them, and neither when it does not", async () => {
    const { unmount } = await openRequest(true);
    expect(row('DG100')).toHaveTextContent("target 4 · self 2The appointee's note: led the data policy once");
    expect(row('E1')).toHaveTextContent("The appointee's note: not yet");
    unmount();
    clearReviewDrafts();
    await openRequest(false);
    expect(row('DG100')).not.toHaveTextContent('led the data policy once');
    expect(row('DG100')).not.toHaveTextContent('self');
  });

  it("says an experience item's self-rating as a status, with no stray separator, and nothing when it is not shared", async () => {
    const { unmount } = await openRequest(true);
    const facts = (code: string) => row(code).querySelector('.review-item__facts')?.textContent ?? null;
    expect(facts('E1')).toBe('self: “none (en)”');
    expect(facts('DT100')).toBe('target 3 · no self-rating');
    unmount();
    clearReviewDrafts();
    await openRequest(false);
    expect(facts('E1')).toBeNull();
    expect(row('E1').textContent).not.toMatch(/·\s*self/);
  });
});
