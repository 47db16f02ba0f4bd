import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../testing/render-app';
import { makeTestStore } from '../../testing/test-store';
import { ItemNote } from './item-note';

/** The note as the store holds it; `fromOtherTab` stands for a merge of another tab's save. */
function NoteHarness({ onSaved }: { onSaved: (set: (note: string) => void) => void }) {
  const [note, setNote] = useState<string | undefined>('first');
  onSaved(setNote);
  return <ItemNote id="n" code="DG100" note={note} onChange={setNote} inConflict={false} />;
}

describe('ItemNote', () => {
  it('keeps what the user types when another tab saves the same note, says so, and lets them choose', async () => {
    let fromOtherTab: (note: string) => void = () => undefined;
    renderWithStore(makeTestStore({ language: 'en' }), <NoteHarness onSaved={(set) => (fromOtherTab = set)} />);
    const field = screen.getByLabelText('Note on DG100');
    await userEvent.click(field);
    await userEvent.type(field, ' mine');
    expect(field).toHaveValue('first mine');
    act(() => fromOtherTab('theirs'));
    // The text under the cursor stays; the other tab's is shown beside it.
    expect(field).toHaveValue('first mine');
    expect(screen.getByRole('status')).toHaveTextContent('another tab saved this item’s note as “theirs”');
    await userEvent.click(screen.getByRole('button', { name: 'Use the other tab’s text' }));
    expect(field).toHaveValue('theirs');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a note saved elsewhere at once while the user is not typing in it', () => {
    let fromOtherTab: (note: string) => void = () => undefined;
    renderWithStore(makeTestStore({ language: 'en' }), <NoteHarness onSaved={(set) => (fromOtherTab = set)} />);
    act(() => fromOtherTab('theirs'));
    expect(screen.getByLabelText('Note on DG100')).toHaveValue('theirs');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
