import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCatalogue, makeProfile, makeRatingScale } from '../../testing/profile-factory';
import { ProfileLibraryContext } from '../../lib/profile-library-context';
import { DataProblems } from './data-problems';
import { ProfileScreen } from './profile-screen';
import { renderApp, renderWithStore } from '../../testing/render-app';
import { makeTestStore } from '../../testing/test-store';
import type { AppStore } from '../../store/app-store';

const library = {
  catalogue: makeCatalogue(),
  ratingScale: makeRatingScale(),
  profiles: [makeProfile(), makeProfile({ id: 'dcio', abbreviation: 'DCIO', title: { th: 'กรม', en: 'Department' } })],
};

function renderScreen(profileId: string | null) {
  return renderWithStore(
    store,
    <ProfileLibraryContext value={library}>
      <ProfileScreen profileId={profileId} />
    </ProfileLibraryContext>,
  );
}

let store: AppStore;
beforeEach(() => {
  store = makeTestStore({ language: 'th' });
});

describe('the profile screen in the app', () => {
  it('opens the chosen profile from its address, with a link to assess oneself against it', () => {
    renderApp('#/profiles/dcio', { language: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Department');
    expect(screen.getByRole('link', { name: 'Assess myself against this profile' })).toHaveAttribute('href', '#/assessments/new/dcio');
  });
});

describe('ProfileScreen', () => {
  it('shows the chosen profile and marks it as the current page in the picker', () => {
    renderScreen('dcio');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('กรม');
    const picker = screen.getByRole('navigation', { name: 'เลือกชุดทักษะ' });
    expect(within(picker).getByRole('link', { current: 'page' }).textContent).toContain('DCIO');
  });

  it('falls back to the first profile and says so for an unknown id', () => {
    renderScreen('nope');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('title (th)');
    expect(screen.getByRole('status').textContent).toContain('"nope"');
  });

  it('marks starred experience in words, not by colour alone', () => {
    renderScreen(null);
    const items = within(document.getElementById('experience') as HTMLElement).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.includes('ต้องมีภายใน 2 ปี'))).toEqual([false, true]);
  });

  it('nests the sub-unit criteria under their unit', () => {
    renderScreen(null);
    const spm300 = screen.getByText('SPM300').closest('li') as HTMLElement;
    expect(within(spm300).getByRole('heading', { level: 4 }).textContent).toContain('SPM304');
    expect(within(spm300).getByText('SPM304.1')).toBeInTheDocument();
  });

  it('renders in English when English is chosen', () => {
    store.setState({ language: 'en' });
    renderScreen(null);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('title (en)');
    expect(screen.getByText('of which required within 2 years (*)')).toBeInTheDocument();
  });

  it('moves focus to a section from the table of contents without changing the route', async () => {
    renderScreen(null);
    const before = window.location.hash;
    await userEvent.click(screen.getByRole('link', { name: '3. ประสบการณ์' }));
    expect(document.activeElement?.id).toBe('experience');
    expect(window.location.hash).toBe(before);
  });
});

describe('DataProblems', () => {
  it('lists each file and field in the current language and offers a retry', async () => {
    let retried = false;
    renderWithStore(
      store,
      <DataProblems
        problems={[
          { file: 'dcio.json', kind: 'invalid', issues: [{ path: 'knowledge[2].text.en', message: { th: 'ต้องไม่ว่าง', en: 'must not be empty' } }] },
          { file: 'mcio.json', kind: 'not-found', status: 404 },
        ]}
        onRetry={() => {
          retried = true;
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('ไฟล์ dcio.json');
    expect(alert.textContent).toContain('ช่อง knowledge[2].text.en: ต้องไม่ว่าง');
    expect(alert.textContent).toContain('ไม่พบไฟล์ (HTTP 404)');
    await userEvent.click(screen.getByRole('button', { name: 'ลองอีกครั้ง' }));
    expect(retried).toBe(true);
  });
});
