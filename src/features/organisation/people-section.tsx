import { startTransition, useMemo, useState } from 'react';
import { afterNextPaint } from '../../lib/after-next-paint';
import type { ReadinessGroup } from '../../domain/scoring/gaps';
import { defaultPeopleSort, sortPeople, type PeopleSort } from '../../domain/organisation/organisation-people-view';
import { PeopleTable } from './people-table';
import type { OptionalPeopleColumn } from './people-columns';
import { PeopleColumnsChooser } from './people-columns-chooser';
import { PeoplePager } from './people-pager';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

type Person = RollupView['people'][number];
const pageSize = 50;

/**
 * The people table's state: sort and page of the people the filter let through, and the people on the current
 * page. The roll-up comes sorted in the default order (the worker sorted it), so the first view needs no sorting on
 * the page; a filter keeps that order.
 */
export function usePeopleView(people: readonly Person[], language: string, sortedIn: string, opening: PeopleSort = defaultPeopleSort) {
  const [sort, setSortState] = useState<PeopleSort>(opening);
  // The page belongs to the people it pages through: another filter (other people) starts again at the first page.
  const [paging, setPaging] = useState({ people, page: 0 });
  const page = paging.people === people ? paging.page : 0;
  // A sort or a page turn is painted first (the button pressed); the table and the views follow after that frame, in
  // a transition, as a filter's do.
  const later = (change: () => void) => afterNextPaint(() => startTransition(change));
  const setPage = (next: number) => later(() => setPaging({ people, page: next }));
  // The names' ranks order them as the language the combiner sorted in does: by number, not by the collator.
  const shown = useMemo(() => {
    const ranked = language === sortedIn;
    if (sort === defaultPeopleSort && ranked) return people;
    return sortPeople(people, sort, language, ranked ? (person) => person.nameRank : undefined);
  }, [people, sort, language, sortedIn]);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages - 1);
  const slice = useMemo(() => shown.slice(current * pageSize, (current + 1) * pageSize), [shown, current]);
  const setSort = (next: PeopleSort) =>
    later(() => {
      setSortState(next);
      setPaging({ people, page: 0 });
    });
  return { sort, setSort, page: current, setPage, pages, shown, slice, pageSize };
}
export type PeopleView = ReturnType<typeof usePeopleView>;

/** The people the filter let through, sorted by any column, a page of 50 at a time. */
export function PeopleSection(props: {
  groups: readonly ReadinessGroup[];
  view: PeopleView;
  columns: readonly OptionalPeopleColumn[];
  onColumns: (columns: readonly OptionalPeopleColumn[]) => void;
}) {
  const { groups, view, columns, onColumns: setColumns } = props;
  const { t } = useOrganisationTranslation();
  const { sort, setSort, page: current, shown, slice } = view;
  return (
    <section className="panel" aria-labelledby="org-people-title">
      <h2 id="org-people-title">{t('org.peopleTitle')}</h2>
      <p role="status" className="org-shown">
        {shown.length === 0 ? t('org.noneShown') : t('org.shown', { from: current * pageSize + 1, to: current * pageSize + slice.length, count: shown.length })}
      </p>
      <p className="field__hint">{t('org.readinessNote')}</p>
      <PeopleColumnsChooser columns={columns} onColumns={setColumns} groups={groups.length > 0} />
      {shown.length > 0 && <PeopleTable people={slice} groups={groups} columns={columns} sort={sort} onSort={setSort} />}
      <PeoplePager view={view} label={t('org.pagination')} />
    </section>
  );
}
