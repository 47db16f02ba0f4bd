import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listAssessmentItems } from '../../domain/assessment/assessment-items';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile, makeRatingScale } from '../../testing/profile-factory';
import { ProfileLibraryContext } from '../../lib/profile-library-context';
import type { AppStore } from '../../store/app-store';
import { renderWithStore } from '../../testing/render-app';
import { makeTestStore } from '../../testing/test-store';
import { AssessmentScreen } from './assessment-screen';

// The header is drawn by the screen as a whole: it draws again exactly when the whole screen does.
const headerRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./assessment-header', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./assessment-header')>();
  return {
    ...actual,
    AssessmentHeader: (props: Parameters<typeof actual.AssessmentHeader>[0]) => {
      headerRenders.count += 1;
      return actual.AssessmentHeader(props);
    },
  };
});

const profile = makeProfile();
const catalogue = makeCatalogue();
const library = { catalogue, ratingScale: makeRatingScale(), profiles: [profile] };
let store: AppStore;

beforeEach(() => {
  headerRenders.count = 0;
  store = makeTestStore({ language: 'th', assessments: [makeAssessment()] });
});

describe('the rating screen (decision 015)', () => {
  it('does not draw the whole screen again on a rating or a note: only the item does', () => {
    renderWithStore(
      store,
      <ProfileLibraryContext value={library}>
        <AssessmentScreen assessmentId="test-assessment" />
      </ProfileLibraryContext>,
    );
    const drawn = headerRenders.count;
    expect(drawn).toBeGreaterThan(0);
    const [first] = listAssessmentItems(profile, catalogue).filter((item) => item.kind !== 'experience');
    act(() => store.getState().rateItem('test-assessment', first?.key ?? '', 2));
    act(() => store.getState().noteItem('test-assessment', first?.key ?? '', 'x'));
    expect(store.getState().assessments['test-assessment']?.ratings[first?.key ?? '']).toMatchObject({ level: 2, note: 'x' });
    expect(headerRenders.count).toBe(drawn);
  });

  it('draws it again when its name changes', () => {
    renderWithStore(
      store,
      <ProfileLibraryContext value={library}>
        <AssessmentScreen assessmentId="test-assessment" />
      </ProfileLibraryContext>,
    );
    const drawn = headerRenders.count;
    act(() => store.getState().renameAssessment('test-assessment', 'Another name'));
    expect(headerRenders.count).toBeGreaterThan(drawn);
  });
});
