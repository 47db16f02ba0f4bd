import { useId, useState } from 'react';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useFileDescription } from './file-description';
import { roleLabel } from './organisation-labels';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

/** How many people and files a search offers. */
const offered = 10;

/**
 * People and files taken out of the roll-up, found by a search of names: a person with every assessment of theirs, a
 * file with what was read from it. The combiner answers with the roll-up without them.
 */
export function RollupRemoval({
  rollup,
  busy,
  onRemoveFiles,
  onRemoveAssessments,
}: {
  rollup: RollupView;
  busy: boolean;
  /** The files to take out, by key (decision 025). */
  onRemoveFiles: (keys: string[]) => void;
  onRemoveAssessments: (ids: string[]) => void;
}) {
  const { language, t } = useOrganisationTranslation();
  const { profiles } = useProfileLibrary();
  const [text, setText] = useState('');
  const id = useId();
  const query = text.trim().toLowerCase();
  const people = query === '' ? [] : rollup.people.filter((person) => `${person.name}\n${person.sortName}`.toLowerCase().includes(query)).slice(0, offered);
  const files = query === '' ? [] : rollup.fileList.filter((file) => file.name.toLowerCase().includes(query)).slice(0, offered);
  const describe = useFileDescription();
  return (
    <section className="panel org-removal" aria-labelledby="org-remove-title">
      <h2 id="org-remove-title">{t('org.removeTitle')}</h2>
      <p className="field__hint">{t('org.removeHint')}</p>
      <label htmlFor={`${id}-search`}>{t('org.removeSearch')}</label>
      <input id={`${id}-search`} className="input" type="search" value={text} onChange={(event) => setText(event.target.value)} />
      {query !== '' && people.length === 0 && files.length === 0 && <p>{t('org.removeNone')}</p>}
      {people.length > 0 && (
        <>
          <h3>{t('org.removePeople')}</h3>
          <ul className="org-removal__list">
            {people.map((person) => (
              <li key={person.id}>
                {person.name || t('org.anonymous')} · {roleLabel(person.profileId, profiles)} · {person.agency} · {formatLongDate(person.assessedOn, language)}{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  aria-label={t('org.removePersonLabel', { name: person.name || t('org.anonymous') })}
                  onClick={() => onRemoveAssessments([person.id, ...person.earlier.map((earlier) => earlier.id)])}
                >
                  {t('org.removePerson')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {files.length > 0 && (
        <>
          <h3>{t('org.removeFiles')}</h3>
          <ul className="org-removal__list">
            {files.map((file) => (
              <li key={file.key}>
                {describe(file)}{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  aria-label={t('org.removeFileLabel', { file: describe(file) })}
                  onClick={() => onRemoveFiles([file.key])}
                >
                  {t('org.removeFile')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
