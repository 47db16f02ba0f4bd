import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProficiencyItem } from '../../domain/assessment/assessment-items';
import { setClock } from '../../lib/clock';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeRatingScale } from '../../testing/profile-factory';
import { renderWithStore } from '../../testing/render-app';
import { makeTestStore, testNow } from '../../testing/test-store';
import { ProficiencyItemView } from './proficiency-item';

const unit: ProficiencyItem = {
  kind: 'unit',
  section: 'units',
  scale: 'proficiency',
  group: 'DG',
  key: 'unit:DG100',
  code: 'DG100',
  title: { th: 'ปฏิบัติตามกฎหมาย', en: 'Comply with the law' },
};
const scale = makeRatingScale();

/** Two tabs over one storage: the second has not yet heard of the first's write when it writes its own. */
function twoTabsEditingOneNote() {
  const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 2 } } });
  const clockA = setClock(testNow);
  const tabA = makeTestStore({ language: 'en', assessments: [assessment], clock: clockA });
  const clockB = setClock(testNow);
  const tabB = makeTestStore({ clock: clockB });
  clockA.set('2026-11-27T03:01:00.000Z');
  tabA.getState().noteItem(assessment.id, 'unit:DG100', 'from tab A');
  clockB.set('2026-11-27T03:02:00.000Z');
  tabB.getState().rateItem(assessment.id, 'unit:DG100', 3);
  return { id: assessment.id, tabA, tabB };
}

describe('one item changed in two tabs at once', () => {
  it('shows the later version, the other beside it, and lets the user take the other one', async () => {
    const { id, tabB } = twoTabsEditingOneNote();
    const user = userEvent.setup();
    renderWithStore(tabB, <ProficiencyItemView assessmentId={id} item={unit} scale={scale.proficiency} defaultTarget={3} />);
    const note = await screen.findByRole('group', { name: 'This item was changed in two tabs at once: DG100' });
    expect(within(note).getByText('level 3')).toBeInTheDocument();
    expect(within(note).getByText('level 2 · note: from tab A')).toBeInTheDocument();
    await user.click(within(note).getByRole('button', { name: 'Use the other version: DG100' }));
    expect(tabB.getState().assessments[id]?.ratings['unit:DG100']).toEqual({ level: 2, note: 'from tab A' });
    expect(screen.queryByRole('group', { name: /changed in two tabs/ })).toBeNull();
  });

  it('keeps the version shown when the user says so, and the choice ends the conflict', async () => {
    const { id, tabB } = twoTabsEditingOneNote();
    renderWithStore(tabB, <ProficiencyItemView assessmentId={id} item={unit} scale={scale.proficiency} defaultTarget={3} />);
    const keep = await screen.findByRole('button', { name: 'Keep the version shown: DG100' });
    act(() => keep.click());
    expect(tabB.getState().assessments[id]?.ratings['unit:DG100']).toEqual({ level: 3 });
    expect(screen.queryByRole('group', { name: /changed in two tabs/ })).toBeNull();
    expect(JSON.parse(localStorage.getItem('cio-skills-compass') ?? '').state.conflicts).toEqual({});
  });
});
