import { useMemo, useSyncExternalStore } from 'react';
import type { DeadlineStatus } from '../../domain/calendar/deadlines';
import { isNoFilter, noPeopleFilter, type PeopleFilter } from '../../domain/organisation/organisation-people-view';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { personStatusName } from './organisation-labels';
import type { RollupView } from './rollup-protocol';
import type { ValueStore } from './value-store';
import { useOrganisationTranslation } from './use-organisation-translation';

type Person = RollupView['people'][number];
const statuses: DeadlineStatus[] = ['overdue', 'due-soon', 'on-track', 'acquired'];

/**
 * One filter for the whole roll-up, by role, agency, two-year status and text: the figures, the people, the ranking,
 * the heatmap, the deadlines, the counts, the CSV files and the printed summary all count only the people it lets through.
 * The filter as chosen or typed is `typed`, which this bar alone follows: a key re-renders the bar, not the views;
 * its status line says what the views count, the filter they have taken (`applied`).
 */
export function PeopleFilterBar(props: {
  people: readonly Person[];
  shown: number;
  typed: ValueStore<PeopleFilter>;
  applied: PeopleFilter;
  onFilter: (filter: PeopleFilter) => void;
}) {
  const { people, shown, typed, applied, onFilter } = props;
  const filter = useSyncExternalStore(typed.subscribe, typed.get);
  const { profiles } = useProfileLibrary();
  const { t } = useOrganisationTranslation();
  const agencies = useMemo(() => [...new Set(people.map((person) => person.agency))].sort((a, b) => a.localeCompare(b, 'th')), [people]);
  const change = (next: Partial<PeopleFilter>) => onFilter({ ...filter, ...next });
  const select = (id: string, label: string, value: string | null, options: { value: string; label: string }[], onChange: (value: string | null) => void) => (
    <div className="org-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{t('org.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="panel org-filter-bar" aria-labelledby="org-filter-title">
      <h2 id="org-filter-title">{t('org.filterTitle')}</h2>
      <div className="org-filters">
        {select(
          'org-filter-role',
          t('org.filterRole'),
          filter.profileId,
          profiles.map((profile) => ({ value: profile.id, label: profile.abbreviation })),
          (profileId) => change({ profileId }),
        )}
        {select(
          'org-filter-agency',
          t('org.filterAgency'),
          filter.agency,
          agencies.map((agency) => ({ value: agency, label: agency })),
          (agency) => change({ agency }),
        )}
        {select(
          'org-filter-status',
          t('org.filterStatus'),
          filter.status,
          statuses.map((status) => ({ value: status, label: personStatusName(status, t) })),
          (status) => change({ status: statuses.find((known) => known === status) ?? null }),
        )}
        <div className="org-filter">
          <label htmlFor="org-filter-text">{t('org.filterText')}</label>
          <input id="org-filter-text" className="input" type="search" value={filter.text} onChange={(event) => change({ text: event.target.value })} />
        </div>
      </div>
      <p role="status" className="org-filter-bar__status">
        {/* What the views count: the filter they have taken, not one still being typed. */}
        <span>{isNoFilter(applied) ? t('org.filterAll', { count: people.length }) : t('org.filterShown', { shown, count: people.length })}</span>
        {!isNoFilter(applied) && (
          <button type="button" className="button button--secondary" onClick={() => onFilter(noPeopleFilter)}>
            {t('org.filterClear')}
          </button>
        )}
      </p>
    </section>
  );
}

/** The filter in words, for the printed summary and the CSV file names: "DCIO · กรม ก · overdue · “text”". */
export function filterWords(filter: PeopleFilter, roleOf: (profileId: string) => string, statusOf: (status: DeadlineStatus) => string): string {
  return [
    filter.profileId && roleOf(filter.profileId),
    filter.agency,
    filter.status && statusOf(filter.status),
    filter.text.trim() && `“${filter.text.trim()}”`,
  ]
    .filter(Boolean)
    .join(' · ');
}
