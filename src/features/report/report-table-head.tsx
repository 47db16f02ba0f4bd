import type { DeadlineMessageKey } from '../../i18n/deadline-messages';
import type { ReportMessageKey } from './messages';

/** The columns every table of items starts with: code, item, target, self-rating. */
export const itemColumns = ['report.code', 'report.item', 'report.target', 'report.selfRating'] as const satisfies readonly ReportMessageKey[];

/** A report table's head: one column heading for each message key, in order. */
export function ReportTableHead({
  columns,
  text,
}: {
  columns: readonly (ReportMessageKey | DeadlineMessageKey)[];
  text: (key: ReportMessageKey | DeadlineMessageKey) => string;
}) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {text(column)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
