import { useState } from 'react';
import { noteMaxLength } from '../../domain/assessment/assessment';
import { useAssessmentTranslation } from './use-assessment-translation';

/**
 * A short free-text note on an item (evidence, examples, what to improve); saved as it is typed. While the user types
 * in it, a note that another tab saves on the same item does not replace the text under their cursor (found in a
 * trial: a note replaced mid-word, and lost): the field keeps what they typed, and says what the other tab wrote,
 * with a way to take it.
 */
export function ItemNote(props: { id: string; code: string; note: string | undefined; onChange: (note: string) => void; inConflict: boolean }) {
  const { id, code, note, onChange, inConflict } = props;
  const { t } = useAssessmentTranslation();
  // Open when there is a note to show; after that the user decides (emptying the note must not fold it away).
  const [open, setOpen] = useState(Boolean(note));
  // While the user types: the text in the field, and the saved note it started from or last wrote. Null when the
  // field shows the saved note.
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null);
  const saved = note ?? '';
  // Edits that crossed (both tabs changed the item before hearing of the other) are the conflict note's to show, and
  // the choice made there holds in every tab: the field then follows what is saved, and starts again from it.
  const [wasInConflict, setWasInConflict] = useState(inConflict);
  if (wasInConflict !== inConflict) {
    setWasInConflict(inConflict);
    if (draft !== null) setDraft({ text: saved, base: saved });
  }
  const shown = inConflict ? saved : (draft?.text ?? saved);
  const otherTab = !inConflict && draft !== null && saved !== draft.base && saved !== draft.text ? saved : null;
  const write = (text: string) => {
    setDraft({ text, base: text });
    onChange(text);
  };
  return (
    <details className="item-note" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('assessment.note')}
        {note ? <span className="item-note__has"> · {t('assessment.noteWritten')}</span> : null}
      </summary>
      <label htmlFor={id} className="visually-hidden">
        {t('assessment.noteFor', { code })}
      </label>
      <textarea
        id={id}
        className="input item-note__text"
        rows={2}
        maxLength={noteMaxLength}
        value={shown}
        aria-describedby={otherTab !== null ? `${id}-other` : undefined}
        onFocus={() => setDraft({ text: saved, base: saved })}
        onBlur={() => {
          // Leaving the field: what it shows is what is saved, unless the other tab's text is still unanswered.
          if (otherTab === null) setDraft(null);
        }}
        onChange={(event) => write(event.target.value)}
      />
      {otherTab !== null && (
        <p id={`${id}-other`} className="item-note__other" role="status">
          {t('assessment.noteOtherTab', { note: otherTab })}{' '}
          <button type="button" className="button button--link" onClick={() => write(otherTab)}>
            {t('assessment.noteTakeOther')}
          </button>{' '}
          <button type="button" className="button button--link" onClick={() => write(draft?.text ?? '')}>
            {t('assessment.noteKeepMine')}
          </button>
        </p>
      )}
    </details>
  );
}
