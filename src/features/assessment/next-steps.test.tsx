import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ProfileLibraryContext } from '../../lib/profile-library-context';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile, makeRatingScale } from '../../testing/profile-factory';
import { AssessmentScreen } from './assessment-screen';
import { NextSteps } from './next-steps';
import type { AppStore } from '../../store/app-store';
import { renderWithStore } from '../../testing/render-app';
import { makeTestStore } from '../../testing/test-store';

let store: AppStore;

const profile = makeProfile();
const library = { catalogue: makeCatalogue(), ratingScale: makeRatingScale(), profiles: [profile] };
const links = (container: HTMLElement, names: RegExp[]) =>
  names.map((name) => {
    const link = within(container).getByRole('link', { name });
    return [link.getAttribute('href'), link.className];
  });

beforeEach(() => {
  store = makeTestStore({ language: 'en', assessments: [makeAssessment()] });
});

describe('the next steps after rating', () => {
  it('are the same links in the header and at the end of the list: the gaps first (the main button), then the plan', () => {
    const { container: header } = renderWithStore(
      store,
      <ProfileLibraryContext value={library}>
        <AssessmentScreen assessmentId="test-assessment" />
      </ProfileLibraryContext>,
    );
    const headerLinks = links(header.querySelector<HTMLElement>('.assessment-header__links') ?? header, [/^See the gaps/, /^Development plan$/]);
    const { container: end } = renderWithStore(store, <NextSteps assessmentId="test-assessment" />);
    expect(links(end, [/^See the gaps/, /^Development plan$/])).toEqual(headerLinks);
    expect(headerLinks).toEqual([
      ['#/assessments/test-assessment/gaps', 'button'],
      ['#/assessments/test-assessment/plan', 'button button--secondary'],
    ]);
    expect(screen.getAllByRole('link', { name: /^See the gaps/ })).toHaveLength(2);
  });
});
