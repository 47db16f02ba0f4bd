import { act, fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { listAssessmentItems, type AssessmentItem } from '../domain/assessment/assessment-items';
import { makeCatalogue, makeProfile, makeRatingScale } from '../testing/profile-factory';
import { ProfileLibraryContext } from '../lib/profile-library-context';
import { renderWithStore } from '../testing/render-app';
import { makeTestStore } from '../testing/test-store';
import { usePrefetchOnIntent } from './prefetch-screens';
import { usePrefetchWhenRatingCompletes } from './prefetch-when-complete';

const profile = makeProfile();
const library = { catalogue: makeCatalogue(), ratingScale: makeRatingScale(), profiles: [profile] };

function Links({ loadGaps }: { loadGaps: () => Promise<unknown> }) {
  usePrefetchOnIntent({ gaps: loadGaps });
  return (
    <>
      <a href="#/assessments/a1/gaps">gaps</a>
      <a href="#/profiles/mcio">profile</a>
    </>
  );
}

function Rating({ assessmentId, loadGaps }: { assessmentId: string; loadGaps: () => Promise<unknown> }) {
  usePrefetchWhenRatingCompletes(assessmentId, loadGaps);
  return null;
}

describe('prefetching a screen', () => {
  it('fetches nothing on load, then the gap screen when the pointer is over its link or the link has focus', () => {
    const loadGaps = vi.fn(() => Promise.resolve());
    const { getByText } = render(<Links loadGaps={loadGaps} />);
    expect(loadGaps).not.toHaveBeenCalled();
    fireEvent.pointerOver(getByText('profile'));
    expect(loadGaps).not.toHaveBeenCalled();
    fireEvent.pointerOver(getByText('gaps'));
    fireEvent.focusIn(getByText('gaps'));
    expect(loadGaps).toHaveBeenCalledTimes(2);
  });

  it('fetches the gap screen when the last item is rated, not before', () => {
    const loadGaps = vi.fn(() => Promise.resolve());
    const store = makeTestStore();
    const id = store
      .getState()
      .startAssessment({ profileId: profile.id, appointee: { name: '', position: 'p', agency: 'a', appointedOn: '2025-10-01', assessedOn: '2026-11-27' } });
    renderWithStore(
      store,
      <ProfileLibraryContext value={library}>
        <Rating assessmentId={id} loadGaps={loadGaps} />
      </ProfileLibraryContext>,
    );
    const rate = (item: AssessmentItem) => {
      if (item.kind === 'experience') store.getState().recordExperience(id, item.id, { status: 'none' });
      else store.getState().rateItem(id, item.key, 2);
    };
    const items = listAssessmentItems(profile, library.catalogue);
    act(() => items.slice(0, -1).forEach(rate));
    expect(loadGaps).not.toHaveBeenCalled();
    act(() => items.slice(-1).forEach(rate));
    expect(loadGaps).toHaveBeenCalledTimes(1);
  });
});
