import { useMemo, useState } from 'react';
import type { DeadlineStatus } from '../../domain/deadlines';
import type { ReadinessGroup } from '../../domain/gaps';
import { defaultPeopleSort, filterPeople, noPeopleFilter, sortPeople, type PeopleFilter, type PeopleSort } from '../../domain/organisation-people-view';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { PeopleTable } from './people-table';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

type Person = RollupView['people'][number];
const pageSize = 50;
const statuses: DeadlineStatus[] = ['overdue', 'due-soon', 'on-track', 'acquired'];

/**
 * The people table's state: filter, sort and page, and the people on the current page. The roll-up comes sorted
 * in the default order (the worker sorted it), so the first view needs no sorting on the page.
 */
export function usePeopleView(people: readonly Person[], language: string, sortedIn: string) {
  const [filter, setFilter] = useState<PeopleFilter>(noPeopleFilter);
  const [sort, setSort] = useState<PeopleSort>(defaultPeopleSort);
  const [page, setPage] = useState(0);
  const shown = useMemo(() => {
    const filtered = filterPeople(people, filter);
    return sort === defaultPeopleSort && language === sortedIn ? filtered : sortPeople(filtered, sort, language);
  }, [people, filter, sort, language, sortedIn]);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages - 1);
  const slice = useMemo(() => shown.slice(current * pageSize, (current + 1) * pageSize), [shown, current]);
  return { filter, setFilter, sort, setSort, page: current, setPage, pages, shown, slice };
}
export type PeopleView = ReturnType<typeof usePeopleView>;

/** The people, filtered by role, agency, status and text, sorted by any column, a page of 50 at a time. */
export function PeopleSection({ people, groups, view }: { people: readonly Person[]; groups: readonly ReadinessGroup[]; view: PeopleView }) {
  const { profiles } = useProfileLibrary();
  const { t } = useOrganisationTranslation();
  const { filter, setFilter, sort, setSort, page: current, setPage, pages, shown, slice } = view;
  const agencies = useMemo(() => [...new Set(people.map((person) => person.agency))].sort((a, b) => a.localeCompare(b, 'th')), [people]);

  const change = (next: Partial<PeopleFilter>) => {
    setFilter({ ...filter, ...next });
    setPage(0);
  };
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
    <section className="panel" aria-labelledby="org-people-title">
      <h2 id="org-people-title">{t('org.peopleTitle')}</h2>
      <div className="org-filters">
        {select('org-filter-role', t('org.filterRole'), filter.profileId, profiles.map((profile) => ({ value: profile.id, label: profile.abbreviation })), (profileId) => change({ profileId }))}
        {select('org-filter-agency', t('org.filterAgency'), filter.agency, agencies.map((agency) => ({ value: agency, label: agency })), (agency) => change({ agency }))}
        {select('org-filter-status', t('org.filterStatus'), filter.status, statuses.map((status) => ({ value: status, label: t(`org.status.${status}`) })), (status) => change({ status: statuses.find((known) => known === status) ?? null }))}
        <div className="org-filter">
          <label htmlFor="org-filter-text">{t('org.filterText')}</label>
          <input id="org-filter-text" className="input" type="search" value={filter.text} onChange={(event) => change({ text: event.target.value })} />
        </div>
      </div>
      <p role="status" className="org-shown">
        {shown.length === 0 ? t('org.noneShown') : t('org.shown', { from: current * pageSize + 1, to: current * pageSize + slice.length, count: shown.length })}
      </p>
      {shown.length > 0 && (
        <PeopleTable
          people={slice}
          groups={groups}
          sort={sort}
          onSort={(next) => {
            setSort(next);
            setPage(0);
          }}
        />
      )}
      {pages > 1 && (
        <nav className="org-pages" aria-label={t('org.pagination')}>
          <button type="button" className="button button--secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('org.previous')}
          </button>
          <span>{t('org.page', { page: current + 1, pages })}</span>
          <button type="button" className="button button--secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('org.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
