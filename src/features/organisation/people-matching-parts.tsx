import { formatLongDate } from '../../domain/calendar/calendar-date';
import type { PersonSummary } from '../../domain/organisation/organisation-people';
import { assessmentRef, type AssessmentRef, type MatchOverrides } from '../../domain/organisation/organisation-persons';
import { CappedList } from './file-report';
import { useOrganisationTranslation } from './use-organisation-translation';

/** Every assessment of a person, the latest first. */
export function assessmentsOf(person: PersonSummary): AssessmentRef[] {
  return [assessmentRef(person), ...person.earlier];
}

/** People with more than one assessment, each assessment with a way to separate it. */
export function MatchedPeople({
  matched,
  line,
  busy,
  onSeparate,
}: {
  matched: readonly PersonSummary[];
  line: (entry: AssessmentRef) => string;
  busy: boolean;
  onSeparate: (assessmentId: string) => void;
}) {
  const { language, t } = useOrganisationTranslation();
  return (
    <details className="org-files">
      <summary>{t('org.matchedTitle', { count: matched.length })}</summary>
      <CappedList
        label={t('org.matchedTitle', { count: matched.length })}
        entries={matched}
        render={(person) => (
          <li key={person.id}>
            <strong>{person.name || t('org.anonymous')}</strong> ({t(`org.basis.${person.basis}`)})
            <ul>
              {assessmentsOf(person).map((entry, index) => (
                <li key={entry.id}>
                  {index === 0 && <span className="org-latest">{t('org.latest')}: </span>}
                  {line(entry)}{' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    aria-label={t('org.separateLabel', { name: entry.name || t('org.anonymous'), date: formatLongDate(entry.assessedOn, language) })}
                    onClick={() => onSeparate(entry.id)}
                  >
                    {t('org.separate')}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        )}
      />
    </details>
  );
}

/** Pairs the rule may have missed, each with a way to join them. */
export function PossibleMatches({
  possible,
  line,
  busy,
  onJoin,
}: {
  possible: readonly (readonly [PersonSummary, PersonSummary])[];
  line: (entry: AssessmentRef) => string;
  busy: boolean;
  onJoin: (first: string, second: string) => void;
}) {
  const { t } = useOrganisationTranslation();
  return (
    <details className="org-files">
      <summary>{t('org.possibleTitle', { count: possible.length })}</summary>
      <CappedList
        label={t('org.possibleTitle', { count: possible.length })}
        entries={possible}
        render={([a, b]) => (
          <li key={`${a.id}-${b.id}`}>
            {a.name || t('org.anonymous')}: {line(assessmentRef(a))} / {b.name || t('org.anonymous')}: {line(assessmentRef(b))}{' '}
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              aria-label={t('org.joinLabel', { first: a.name, second: b.name })}
              onClick={() => onJoin(a.id, b.id)}
            >
              {t('org.join')}
            </button>
          </li>
        )}
      />
    </details>
  );
}

/** HR's corrections, each undone by one button. */
export function Corrections({
  corrections,
  busy,
  onUndo,
}: {
  corrections: readonly { key: string; text: string; undo: MatchOverrides }[];
  busy: boolean;
  onUndo: (overrides: MatchOverrides) => void;
}) {
  const { t } = useOrganisationTranslation();
  return (
    <details className="org-files" open>
      <summary>{t('org.correctionsTitle', { count: corrections.length })}</summary>
      <ul>
        {corrections.map((correction) => (
          <li key={correction.key}>
            {correction.text}{' '}
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              aria-label={`${t('org.undo')}: ${correction.text}`}
              onClick={() => onUndo(correction.undo)}
            >
              {t('org.undo')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
