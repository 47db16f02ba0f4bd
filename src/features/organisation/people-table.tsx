import { Fragment, useState } from 'react';
import type { ReadinessGroup } from '../../domain/scoring/gaps';
import type { PeopleSort } from '../../domain/organisation/organisation-people-view';
import { TableScroll } from '../../ui/table-scroll';
import { groupLabel, groupTitle } from './organisation-labels';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { optionalPeopleColumns, sortableColumn, type OptionalPeopleColumn } from './people-columns';
import { usePersonValues } from './people-cells';
import { PersonDetails, PersonName } from './person-details';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';
import { SortHeader } from './sort-header';

type Person = RollupView['people'][number];

/**
 * One page of the filtered, sorted people: the name (kept in view when the table scrolls sideways) and the columns
 * chosen; every other column is in the row's details. Every column but the position and the status sorts.
 */
export function PeopleTable(props: {
  people: readonly Person[];
  groups: readonly ReadinessGroup[];
  columns: readonly OptionalPeopleColumn[];
  sort: PeopleSort;
  onSort: (sort: PeopleSort) => void;
}) {
  const { people, groups, columns, sort, onSort } = props;
  const { catalogue } = useProfileLibrary();
  const { language, t } = useOrganisationTranslation();
  const valuesOf = usePersonValues(groups);
  const hidden = optionalPeopleColumns.filter((column) => !columns.includes(column) && (column !== 'groups' || groups.length > 0));
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: string) => setOpen((known) => (known.has(id) ? new Set([...known].filter((other) => other !== id)) : new Set([...known, id])));
  const width = 1 + columns.reduce((sum, column) => sum + (column === 'groups' ? groups.length : 1), 0);

  const header = (column: OptionalPeopleColumn) => {
    if (column === 'groups')
      return groups.map((group) => (
        <SortHeader
          key={group}
          column={`group:${group}`}
          label={groupLabel(group, t)}
          title={groupTitle(group, catalogue, language, t)}
          sort={sort}
          onSort={onSort}
        />
      ));
    if (sortableColumn(column)) return <SortHeader key={column} column={column} label={t(`org.col.${column}`)} sort={sort} onSort={onSort} />;
    return (
      <th key={column} scope="col">
        {t(`org.col.${column}`)}
      </th>
    );
  };

  return (
    <TableScroll label={t('org.peopleTable')}>
      <table className="org-table org-people">
        <thead>
          <tr>
            <SortHeader column="name" label={t('org.col.name')} sort={sort} onSort={onSort} />
            {columns.map(header)}
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <Fragment key={person.id}>
              <tr>
                <PersonName person={person} details={hidden.length > 0} open={open.has(person.id)} onToggle={() => toggle(person.id)} />
                {columns.flatMap((column) =>
                  valuesOf(person, column).map((value) => (
                    <td key={value.key} data-column={value.key} className={value.number ? 'number' : undefined}>
                      {value.value}
                    </td>
                  )),
                )}
              </tr>
              {open.has(person.id) && hidden.length > 0 && (
                <PersonDetails person={person} values={hidden.flatMap((column) => valuesOf(person, column))} width={width} />
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
