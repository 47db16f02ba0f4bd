import { act, screen, within, waitFor } from '@testing-library/react';
import { createElement, memo, type ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReviewRequest } from '../../domain/files/review';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
import * as download from '../../lib/download';
import { listReviewDrafts } from '../../lib/review-drafts';
import { clearReviewDrafts } from '../../testing/review-factory';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './review-mode-screen';
import './review-items';

// Each render of an item row, by item: the real row, under the same memo (props compared one by one).
const rendered: string[] = [];
vi.mock('./review-item-row', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./review-item-row')>();
  const Row = actual.ReviewItemRow.type;
  return {
    ReviewItemRow: memo(function CountedRow(props: ComponentProps<typeof Row>) {
      rendered.push(props.item.key);
      return createElement(Row, props);
    }),
  };
});

const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 2, target: 4 } } });
const requestInput = {
  requestId: 'request-one',
  selfRatingsShown: false,
  appVersion: 'test',
  now: '2026-11-28T09:00:00.000Z',
  defaultTarget: 3,
} as const;
const request = createReviewRequest(assessment, requestInput);
const requestFile = () => new File([JSON.stringify(request)], 'request.json', { type: 'application/json' });

afterEach(() => {
  vi.restoreAllMocks();
  clearReviewDrafts();
  rendered.length = 0;
});

async function openRequest(file = requestFile()) {
  const view = renderApp('#/review', { language: 'en' });
  await view.user.upload(await screen.findByLabelText('Choose a review request (.json)'), file);
  await screen.findByText('DG100', { selector: 'legend .code' });
  return view;
}

const row = (code: string) => {
  const found = screen.getByText(code, { selector: 'legend .code' }).closest('fieldset');
  if (!found) throw new Error(`no row for ${String(code)}`);
  return found;
};

describe('the review form', () => {
  it("refuses a review dated after today by the store's clock, and names the file for the review's own date", async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const { user } = await openRequest();
    await user.type(screen.getByLabelText(/Reviewer's name/), 'Somsri');
    await user.type(screen.getByLabelText(/^Position/), 'Director-General');
    // The store's clock says 27 November 2026: the 28th is tomorrow.
    const day = document.querySelector<HTMLSelectElement>('select[id$="-day"]');
    if (!day) throw new Error('no day box');
    await user.selectOptions(day, '28');
    await user.click(screen.getByRole('button', { name: 'Export the review' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please correct the field marked ! below.');
    expect(screen.getByText('The date of review cannot be later than today.')).toBeInTheDocument();
    expect(saved).not.toHaveBeenCalled();
    await user.selectOptions(day, '20');
    await user.click(screen.getByRole('button', { name: 'Export the review' }));
    await user.click(await screen.findByRole('button', { name: 'Export anyway' }));
    await waitFor(() => expect(saved).toHaveBeenCalledOnce());
    expect(saved.mock.calls[0]?.[1]).toMatch(/_2026-11-20\.json$/);
  });

  it('says how many items are unrated before exporting, and goes to the first unrated or exports anyway (issue 26, second trial)', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const { user } = await openRequest();
    await user.type(screen.getByLabelText(/Reviewer's name/), 'Somsri');
    await user.type(screen.getByLabelText(/^Position/), 'Director-General');
    const total = document.querySelectorAll('[data-item]').length;
    await user.click(within(row('DG100')).getByRole('radio', { name: /^3/ }));
    await user.click(screen.getByRole('button', { name: 'Export the review' }));
    const dialog = await screen.findByRole('dialog', { name: `${total - 1} of ${total} items are not rated` });
    expect(saved).not.toHaveBeenCalled();
    // The safe answer has the focus: Enter goes on rating, from the first unrated item (DG200, after DG100).
    expect(within(dialog).getByRole('button', { name: 'Go to the first unrated item' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(row('DG200')).getAllByRole('radio')[0]).toHaveFocus());
    expect(saved).not.toHaveBeenCalled();
    // Asked again, the reviewer exports as it is.
    await user.click(screen.getByRole('button', { name: 'Export the review' }));
    await user.click(await screen.findByRole('button', { name: 'Export anyway' }));
    await waitFor(() => expect(saved).toHaveBeenCalledOnce());
  });

  it('asks no verdict on self-ratings the reviewer was not shown (issue 26, third trial, decision 024)', async () => {
    await openRequest();
    expect(screen.getByText(/You rated without seeing the self-ratings/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'On the self-assessment' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Agrees with the self-assessment')).not.toBeInTheDocument();
  });

  it('asks the verdict on the self-ratings when the reviewer was shown them', async () => {
    const shown = createReviewRequest(assessment, { ...requestInput, requestId: 'request-shown', selfRatingsShown: true });
    await openRequest(new File([JSON.stringify(shown)], 'shown.json', { type: 'application/json' }));
    expect(screen.getByRole('group', { name: 'On the self-assessment' })).toBeInTheDocument();
    expect(screen.getByLabelText('Agrees with the self-assessment')).toBeInTheDocument();
    expect(screen.queryByText(/You rated without seeing the self-ratings/)).not.toBeInTheDocument();
  });

  it('renders no other item row when one is rated or commented on', async () => {
    const { user } = await openRequest();
    const rows = document.querySelectorAll('[data-item]').length;
    expect(rows).toBeGreaterThan(3);
    rendered.length = 0;
    await user.click(within(row('DG100')).getByRole('radio', { name: /^3/ }));
    await user.click(within(row('DG200')).getByText('Comment'));
    await user.click(within(row('DG200')).getByLabelText('Comment on DG200'));
    await user.keyboard('ok');
    await user.tab();
    expect(rendered).toEqual([]);
  });

  it('keeps every change as the draft under its own key, and opens it again as it was left', async () => {
    const { user, unmount, store } = await openRequest();
    await user.click(within(row('DG100')).getByRole('radio', { name: /^3/ }));
    await user.click(within(row('DG100')).getByText('Comment'));
    await user.click(within(row('DG100')).getByLabelText('Comment on DG100'));
    await user.keyboard('steady');
    await user.click(screen.getByLabelText(/Reviewer's name/));
    await user.keyboard('Somsri');
    await user.click(screen.getByLabelText('I agree with this development plan'));
    await user.click(screen.getByLabelText('Comment on the plan'));
    await user.keyboard('fine');
    expect(listReviewDrafts(store.storage)[0]).toMatchObject({
      reviewerName: 'Somsri',
      ratings: { 'unit:DG100': { level: 3, comment: 'steady' } },
      plan: { agreed: true, comment: 'fine' },
    });
    act(() => unmount());

    await openAgain();
    expect(within(row('DG100')).getByRole('radio', { name: /^3/ })).toBeChecked();
    expect(within(row('DG100')).getByLabelText('Comment on DG100')).toHaveValue('steady');
    expect(screen.getByLabelText(/Reviewer's name/)).toHaveValue('Somsri');
    expect(screen.getByLabelText('I agree with this development plan')).toBeChecked();
    expect(screen.getByLabelText('Comment on the plan')).toHaveValue('fine');
  });

  it('is worked from the keyboard: Tab goes from field to field, Enter in a field exports only when the reviewer is named', async () => {
    const { user } = await openRequest();
    screen.getByLabelText(/Reviewer's name/).focus();
    await user.keyboard('Somsri');
    await user.tab();
    expect(screen.getByLabelText(/^Position/)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Please correct the field marked ! below.');
    expect(screen.getByLabelText(/^Position/)).toHaveFocus();
    await user.keyboard('Director-General');
    // The date's day, month and year boxes; the scale and the shortcuts' help, "next unrated", then the first item's levels.
    for (const box of ['day', 'month', 'year']) {
      await user.tab();
      expect(document.activeElement?.id).toMatch(new RegExp(`-${box}$`));
    }
    await user.tab();
    expect(screen.getByText('The rating scale')).toHaveFocus();
    await user.tab();
    expect(screen.getByText('Keyboard shortcuts (press ?)')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next unrated item' })).toHaveFocus();
    await user.tab();
    const firstRow = document.querySelector<HTMLElement>('[data-item]');
    if (!firstRow) throw new Error('no item row');
    expect(within(firstRow).getAllByRole('radio')[0]).toHaveFocus();
  });
});

async function openAgain() {
  const { user } = renderApp('#/review', { language: 'en' });
  // The drafts kept in this browser are listed, each a link to carry on with it.
  await user.click(await screen.findByRole('link', { name: 'Continue the review of สมชาย ใจดี' }));
  await screen.findByText('DG100', { selector: 'legend .code' });
}
