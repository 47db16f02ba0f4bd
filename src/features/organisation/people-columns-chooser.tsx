import { optionalPeopleColumns, toggleColumn, type OptionalPeopleColumn } from './people-columns';
import { useOrganisationTranslation } from './use-organisation-translation';

/** Which of the people table's columns it shows beside the name; the others are in each row's details. */
export function PeopleColumnsChooser({
  columns,
  onColumns,
  groups,
}: {
  columns: readonly OptionalPeopleColumn[];
  onColumns: (columns: OptionalPeopleColumn[]) => void;
  groups: boolean;
}) {
  const { t } = useOrganisationTranslation();
  return (
    <details className="org-columns">
      <summary>{t('org.columnsTitle')}</summary>
      <fieldset>
        <legend>{t('org.columnsLegend')}</legend>
        {optionalPeopleColumns
          .filter((column) => column !== 'groups' || groups)
          .map((column) => {
            const name = t(column === 'groups' ? 'org.col.groups' : `org.col.${column}`);
            // Named as a column, apart from the filter of the same word ("บทบาท", the role).
            return (
              <label key={column} className="org-columns__choice">
                <input
                  type="checkbox"
                  aria-label={t('org.columnChoice', { column: name })}
                  checked={columns.includes(column)}
                  onChange={() => onColumns(toggleColumn(columns, column))}
                />{' '}
                {name}
              </label>
            );
          })}
      </fieldset>
    </details>
  );
}
