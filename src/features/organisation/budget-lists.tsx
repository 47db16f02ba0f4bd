import { bahtPerPoint, type OpenItem } from '../../domain/organisation/budget-view';
import { pickText } from '../../domain/shared/localized-text';
import { level } from '../../lib/number-format';
import { TableScroll } from '../../ui/table-scroll';
import type { ResultProps } from './budget-result';
import { useBudgetTranslation, wholeNumber } from './budget-translation';
import { budgetRowsShown, type FirstRows } from './needs-protocol';

/** Each resource funded: why it was chosen, who attends, what it costs and closes, baht a level; pin, unpin or drop it. */
export function FundedTable({ input, proposal, onChoose }: ResultProps) {
  const { language, t } = useBudgetTranslation();
  const pinnedIds = new Set(proposal.ask.pinned);
  return (
    <TableScroll label={t('budget.fundedTable')}>
      <table className="org-table org-budget__funded">
        <caption>{t('budget.fundedTable')}</caption>
        <thead>
          <tr>
            {(['id', 'title', 'why', 'people', 'cost', 'hours', 'points', 'perPoint', 'change'] as const).map((column) => (
              <th scope="col" key={column}>
                {t(`budget.col.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {proposal.funded.map((funded) => {
            const resource = input.catalogue.resources[funded.resource];
            if (!resource) return null;
            const name = pickText(resource.title, language);
            const pinned = pinnedIds.has(resource.id);
            const perPoint = bahtPerPoint(funded.costBaht, funded.points);
            return (
              <tr key={resource.id}>
                <td className="org-code">{resource.id}</td>
                <th scope="row">{name}</th>
                <td>{t(`budget.why.${funded.tier}`)}</td>
                <td className="number">{wholeNumber(funded.people, language)}</td>
                <td className="number">{wholeNumber(funded.costBaht, language)}</td>
                <td className="number">{wholeNumber(funded.hours, language)}</td>
                <td className="number">{level(funded.points)}</td>
                <td className="number">{perPoint === null ? '—' : wholeNumber(perPoint, language)}</td>
                <td className="org-budget__change">
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-pressed={pinned}
                    onClick={() => onChoose(resource.id, pinned ? null : 'pinned')}
                  >
                    {t(pinned ? 'budget.unpin' : 'budget.pin', { name: resource.id })}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => onChoose(resource.id, 'dropped')}>
                    {t('budget.drop', { name: resource.id })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The resources that would close gaps due but are not funded (pin one to fund it first), and those HR dropped (put one back). */
export function UnfundedResources({ input, proposal, onChoose }: ResultProps) {
  const { language, t } = useBudgetTranslation();
  const dropped = proposal.ask.dropped;
  // Those dropped are left out by the worker; the first rows come with how many there are.
  const { rows: left, total } = proposal.unfunded;
  return (
    <>
      {dropped.length > 0 && (
        <>
          <h3>{t('budget.droppedTitle', { count: dropped.length })}</h3>
          <ul className="org-budget__dropped">
            {dropped.map((id) => (
              <li key={id}>
                <button type="button" className="button button--secondary" onClick={() => onChoose(id, null)}>
                  {t('budget.restore', { name: id })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {total > 0 && (
        <details className="org-figure__numbers">
          <summary>{t('budget.unfundedTitle', { count: total })}</summary>
          <p className="field__hint">{t('budget.unfundedHint')}</p>
          {total > budgetRowsShown && <p className="field__hint">{t('budget.shown', { shown: budgetRowsShown, count: total })}</p>}
          <ul className="org-budget__unfunded">
            {left.map((row) => {
              const resource = input.catalogue.resources[row.resource];
              if (!resource) return null;
              const about = t('budget.unfundedRow', {
                name: pickText(resource.title, language),
                people: row.people,
                cost: wholeNumber(row.costBaht, language),
                points: level(row.points),
              });
              return (
                <li key={resource.id}>
                  <button type="button" className="button button--secondary" onClick={() => onChoose(resource.id, 'pinned')}>
                    {t('budget.pin', { name: resource.id })}
                  </button>{' '}
                  {about}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </>
  );
}

/** What stays open by the year's end, item by item: people and levels left. */
export function OpenGaps({ open, itemLabel }: { open: FirstRows<OpenItem>; itemLabel: (key: string) => string }) {
  const { language, t } = useBudgetTranslation();
  if (open.total === 0) return <p>{t('budget.openNone')}</p>;
  const title = t('budget.openTitle', { count: open.total });
  return (
    <details className="org-figure__numbers">
      <summary id="org-budget-open">{title}</summary>
      {open.total > budgetRowsShown && <p className="field__hint">{t('budget.shown', { shown: budgetRowsShown, count: open.total })}</p>}
      <TableScroll label={title}>
        <table className="org-table" aria-labelledby="org-budget-open">
          <thead>
            <tr>
              <th scope="col">{t('budget.col.item')}</th>
              <th scope="col">{t('budget.col.people')}</th>
              <th scope="col">{t('budget.col.left')}</th>
            </tr>
          </thead>
          <tbody>
            {open.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{itemLabel(row.key)}</th>
                <td className="number">{wholeNumber(row.people, language)}</td>
                <td className="number">{level(row.left)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
