import { useId, useMemo, useState } from 'react';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import type { PersonSummary } from '../../domain/organisation/organisation-people';
import { joinAssessments, separateAssessment, type AssessmentRef, type MatchOverrides } from '../../domain/organisation/organisation-persons';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { roleLabel } from './organisation-labels';
import { assessmentsOf, Corrections, MatchedPeople, PossibleMatches } from './people-matching-parts';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

/** How many people a search of the join shows. */
const offered = 8;

/** One box of the join: a search by name and up to 8 people to choose from. */
function PersonPicker({
  label,
  search,
  people,
  chosen,
  onChoose,
}: {
  label: string;
  /** The search box's own name: which person it finds, apart from the screen's other search boxes. */
  search: string;
  people: readonly PersonSummary[];
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const { language, t } = useOrganisationTranslation();
  const { profiles } = useProfileLibrary();
  const [text, setText] = useState('');
  const id = useId();
  const query = text.trim().toLowerCase();
  const found = query === '' ? [] : people.filter((person) => `${person.name}\n${person.sortName}`.toLowerCase().includes(query)).slice(0, offered);
  return (
    <fieldset className="org-join__person">
      <legend>{label}</legend>
      <label htmlFor={`${id}-search`}>{search}</label>
      <input id={`${id}-search`} className="input" type="search" value={text} onChange={(event) => setText(event.target.value)} />
      {query !== '' && found.length === 0 && <p>{t('org.joinNone')}</p>}
      {found.map((person) => (
        <label key={person.id} className="org-join__choice">
          <input type="radio" name={`${id}-person`} value={person.id} checked={chosen === person.id} onChange={() => onChoose(person.id)} />
          {person.name || t('org.anonymous')} · {roleLabel(person.profileId, profiles)} · {person.agency} · {formatLongDate(person.assessedOn, language)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * How the assessments were taken as people: the rule in words, the people with more than one assessment (each
 * assessment can be separated), people the rule may have missed, a join of any two, and HR's corrections (each undone
 * by one button). Every correction goes to the combiner, which matches again and answers with the roll-up.
 */
export function PeopleMatching({ rollup, onOverrides, busy }: { rollup: RollupView; onOverrides: (overrides: MatchOverrides) => void; busy: boolean }) {
  const { language, t } = useOrganisationTranslation();
  const { profiles } = useProfileLibrary();
  const { people, overrides } = rollup;
  const matched = useMemo(() => people.filter((person) => person.earlier.length > 0), [people]);
  const possible = useMemo(() => {
    if (rollup.possible.length === 0) return [];
    const byId = new Map(people.map((person) => [person.id, person]));
    return rollup.possible.flatMap(([a, b]) => {
      const [first, second] = [byId.get(a), byId.get(b)];
      return first && second ? [[first, second] as const] : [];
    });
  }, [people, rollup.possible]);
  // Only HR's corrections name assessments by id: the map is made only when there are some.
  const corrected = overrides.separate.length + overrides.joined.length > 0;
  const byAssessment = useMemo(
    () =>
      corrected ? new Map(people.flatMap((person) => assessmentsOf(person).map((entry) => [entry.id, entry] as const))) : new Map<string, AssessmentRef>(),
    [people, corrected],
  );
  const [first, setFirst] = useState<string | null>(null);
  const [second, setSecond] = useState<string | null>(null);
  const date = (iso: string) => formatLongDate(iso, language);
  const nameOf = (id: string) => {
    const entry = byAssessment.get(id);
    return entry ? entry.name || t('org.anonymous') : id;
  };
  const corrections = [
    ...overrides.separate.map((id) => ({
      key: `s-${id}`,
      text: t('org.correctionSeparated', { name: nameOf(id), date: date(byAssessment.get(id)?.assessedOn ?? '') }),
      undo: { ...overrides, separate: overrides.separate.filter((other) => other !== id) },
    })),
    ...overrides.joined.map(([a, b]) => ({
      key: `j-${a}-${b}`,
      text: t('org.correctionJoined', { first: nameOf(a), second: nameOf(b) }),
      undo: { ...overrides, joined: overrides.joined.filter(([x, y]) => !(x === a && y === b)) },
    })),
  ];
  const line = (entry: AssessmentRef) =>
    t('org.assessmentLine', { date: date(entry.assessedOn), role: roleLabel(entry.profileId, profiles), agency: entry.agency, file: entry.file });

  return (
    <section className="panel org-matching" aria-labelledby="org-match-title">
      <h2 id="org-match-title">{t('org.matchTitle')}</h2>
      <p>{t('org.matchRule')}</p>
      <p>{t('org.matchCounts', { people: people.length, assessments: rollup.assessments, matched: matched.length })}</p>
      {matched.length > 0 && <MatchedPeople matched={matched} line={line} busy={busy} onSeparate={(id) => onOverrides(separateAssessment(overrides, id))} />}
      {possible.length > 0 && <PossibleMatches possible={possible} line={line} busy={busy} onJoin={(a, b) => onOverrides(joinAssessments(overrides, a, b))} />}
      <JoinAnyTwo
        people={people}
        first={first}
        second={second}
        onFirst={setFirst}
        onSecond={setSecond}
        busy={busy}
        onJoin={() => {
          if (first === null || second === null) return;
          onOverrides(joinAssessments(overrides, first, second));
          setFirst(null);
          setSecond(null);
        }}
      />
      {corrections.length > 0 && <Corrections corrections={corrections} busy={busy} onUndo={onOverrides} />}
    </section>
  );
}

/** A join of any two people, each found by a search of their names. */
export function JoinAnyTwo(props: {
  people: readonly PersonSummary[];
  first: string | null;
  second: string | null;
  onFirst: (id: string) => void;
  onSecond: (id: string) => void;
  busy: boolean;
  onJoin: () => void;
}) {
  const { people, first, second, onFirst, onSecond, busy, onJoin } = props;
  const { t } = useOrganisationTranslation();
  return (
    <details className="org-files">
      <summary>{t('org.joinTitle')}</summary>
      <p className="field__hint">{t('org.joinHint')}</p>
      <div className="org-join">
        <PersonPicker label={t('org.joinFirst')} search={t('org.joinSearchFirst')} people={people} chosen={first} onChoose={onFirst} />
        <PersonPicker label={t('org.joinSecond')} search={t('org.joinSearchSecond')} people={people} chosen={second} onChoose={onSecond} />
      </div>
      <button type="button" className="button" disabled={busy || first === null || second === null || first === second} onClick={onJoin}>
        {t('org.join')}
      </button>
    </details>
  );
}
