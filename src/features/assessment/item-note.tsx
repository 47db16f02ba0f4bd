import { useState } from 'react';
import { noteMaxLength } from '../../domain/assessment';
import { useAssessmentTranslation } from './use-assessment-translation';

/** A short free-text note on an item (evidence, examples, what to improve); saved as it is typed. */
export function ItemNote({ id, code, note, onChange }: { id: string; code: string; note: string | undefined; onChange: (note: string) => void }) {
  const { t } = useAssessmentTranslation();
  // Open when there is a note to show; after that the user decides (emptying the note must not fold it away).
  const [open, setOpen] = useState(Boolean(note));
  return (
    <details className="item-note" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('assessment.note')}
        {note ? <span className="item-note__has"> · {t('assessment.noteWritten')}</span> : null}
      </summary>
      <label htmlFor={id} className="visually-hidden">
        {t('assessment.noteFor', { code })}
      </label>
      <textarea id={id} className="input item-note__text" rows={2} maxLength={noteMaxLength} value={note ?? ''} onChange={(event) => onChange(event.target.value)} />
    </details>
  );
}
