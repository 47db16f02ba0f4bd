import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile, makeRatingScale } from '../../testing/profile-factory';
import { ProfileLibraryContext } from '../../lib/profile-library-context';
import { AssessmentScreen } from './assessment-screen';
import type { AppStore } from '../../store/app-store';
import { renderWithStore } from '../../testing/render-app';
import { makeTestStore } from '../../testing/test-store';

let store: AppStore;

const profile = makeProfile();
const library = { catalogue: makeCatalogue(), ratingScale: makeRatingScale(), profiles: [profile] };
const stored = () => store.getState().assessments['test-assessment'];
const focusedKey = () => document.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key;
const itemKeys = () => [...document.querySelectorAll<HTMLElement>('[data-key]')].map((item) => item.dataset.key);
const liveRegion = () => document.querySelector('[aria-live="polite"]');

function renderScreen() {
  return renderWithStore(
    store,
    <ProfileLibraryContext value={library}>
      <AssessmentScreen assessmentId="test-assessment" />
    </ProfileLibraryContext>,
  );
}

beforeEach(() => {
  store = makeTestStore({ language: 'th', assessments: [makeAssessment()] });
});

describe('AssessmentScreen keyboard shortcuts', () => {
  it('U goes to the first unrated item; a digit rates it, moves to the next and says so politely', async () => {
    const user = userEvent.setup();
    renderScreen();
    const [first, second] = itemKeys();
    await user.keyboard('u');
    expect(focusedKey()).toBe(first);
    await user.keyboard('3');
    expect(stored()?.ratings[first ?? '']?.level).toBe(3);
    expect(focusedKey()).toBe(second);
    expect(liveRegion()?.textContent).toMatch(/3 L3 \(th\) · ถัดไป/);
  });

  it('rates experience with N, S and Y, and 0, 1 and 2', async () => {
    const user = userEvent.setup();
    renderScreen();
    const radio = within(document.querySelector<HTMLElement>('[data-key="experience:e-one"]') as HTMLElement).getAllByRole('radio')[0] as HTMLElement;
    radio.focus();
    await user.keyboard('s');
    expect(stored()?.experience['e-one']?.status).toBe('some');
    expect(focusedKey()).toBe('experience:e-two');
    await user.keyboard('2');
    expect(stored()?.experience['e-two']?.status).toBe('yes');
  });

  it('keeps the native radio keys and leaves digits typed in a text box alone', async () => {
    const user = userEvent.setup();
    renderScreen();
    const [first] = itemKeys();
    await user.keyboard('u');
    await user.keyboard(' {ArrowRight}{ArrowRight}');
    expect(stored()?.ratings[first ?? '']?.level).toBe(2);
    expect(focusedKey()).toBe(first);
    await user.type(screen.getByRole('searchbox'), '1');
    expect(stored()?.ratings[first ?? '']?.level).toBe(2);
    expect(screen.getByRole('searchbox')).toHaveValue('1');
  });

  it('leaves every shortcut alone while a dialog is open', async () => {
    const user = userEvent.setup();
    renderScreen();
    const [first] = itemKeys();
    await user.keyboard('u');
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    (document.querySelector<HTMLElement>(`[data-key="${first ?? ''}"] input[type=radio]`) as HTMLElement).focus();
    await user.keyboard('3');
    expect(stored()?.ratings[first ?? '']).toBeUndefined();
    expect(focusedKey()).toBe(first);
    dialog.remove();
    await user.keyboard('3');
    expect(stored()?.ratings[first ?? '']?.level).toBe(3);
  });

  it('opens the help with ?', async () => {
    const user = userEvent.setup();
    renderScreen();
    const help = screen.getByText('แป้นลัด (กด ?)').closest('details');
    expect(help?.open).toBe(false);
    await user.keyboard('?');
    expect(help?.open).toBe(true);
  });

  it('after the last rating offers the gaps and the plan where the user finished', async () => {
    const user = userEvent.setup();
    renderScreen();
    const keys = itemKeys();
    const last = keys.pop() ?? '';
    const { rateItem, recordExperience } = store.getState();
    for (const key of keys) {
      if (key?.startsWith('experience:')) recordExperience('test-assessment', key.slice('experience:'.length), { status: 'yes' });
      else rateItem('test-assessment', key ?? '', 4);
    }
    expect(screen.queryByRole('region', { name: 'ประเมินครบทุกรายการแล้ว' })).toBeNull();
    await user.keyboard('u');
    expect(focusedKey()).toBe(last);
    await user.keyboard('4');
    const finish = screen.getByRole('region', { name: 'ประเมินครบทุกรายการแล้ว' });
    expect(within(finish).getByRole('link', { name: 'ดูช่องว่างและกำหนดเวลา' })).toHaveAttribute('href', '#/assessments/test-assessment/gaps');
    expect(within(finish).getByRole('link', { name: 'แผนพัฒนา' })).toBeInTheDocument();
    expect(liveRegion()?.textContent).toContain('ประเมินครบทุกรายการแล้ว');
  });
});
