import { displayYear, formatLongDate } from '../../domain/calendar/calendar-date';
import { fiscalYearSpan } from '../../domain/calendar/fiscal-year';
import { bahtPerPoint } from '../../domain/organisation/budget-view';
import { pickText } from '../../domain/shared/localized-text';
import { level } from '../../lib/number-format';
import { usePageClass } from '../../lib/page-class';
import { MemoHeading } from '../../ui/memo-heading';
import type { ResultProps } from './budget-result';
import { budgetSummary } from './budget-summary';
import { useBudgetTranslation, wholeNumber } from './budget-translation';
import type { BudgetPrintView } from './needs-protocol';

/**
 * The proposal on A4 (only while it is printed): the memo heading, the proposal in a sentence, each resource funded
 * with who attends, and what stays open. The page's other printout (the organisation summary) steps aside meanwhile;
 * its footer (the organisation, the dates, page x of y) stays.
 */
export function BudgetPrint({ input, proposal, printed }: ResultProps & { printed: BudgetPrintView }) {
  const { language, t } = useBudgetTranslation();
  const { ask: amounts } = proposal;
  const { open } = printed;
  usePageClass('org-print-budget');
  const subject = `${t('budget.title')} ${t('budget.fiscalYearOption', { year: displayYear(amounts.fiscalYear, language) })}`;
  const today = formatLongDate(input.today, language);
  const attendees = (names: readonly string[] = []) => names.map((name) => name || t('budget.anonymous')).join(', ');
  return (
    <article className="org-print org-print--budget" lang={language} aria-hidden="true">
      <MemoHeading language={language} fields={{ agency: input.organisation, number: '', date: today, subject }} />
      <p>{budgetSummary({ ...proposal, choices: { length: proposal.places } }, amounts, language, t)}</p>
      <p>{t('budget.printRule', { end: formatLongDate(fiscalYearSpan(amounts.fiscalYear).end, language) })}</p>
      <table className="org-print__table">
        <thead>
          <tr>
            {(['id', 'title', 'people', 'cost', 'hours', 'points', 'perPoint'] as const).map((column) => (
              <th scope="col" key={column}>
                {t(`budget.col.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {proposal.funded.map((funded, index) => {
            const resource = input.catalogue.resources[funded.resource];
            const perPoint = bahtPerPoint(funded.costBaht, funded.points);
            return (
              resource && (
                <tr key={resource.id}>
                  <td className="org-code">{resource.id}</td>
                  <td>
                    {pickText(resource.title, language)} ({resource.provider})<br />
                    <span className="org-budget__attendees">{attendees(printed.attendees[index])}</span>
                  </td>
                  <td>{wholeNumber(funded.people, language)}</td>
                  <td>{wholeNumber(funded.costBaht, language)}</td>
                  <td>{wholeNumber(funded.hours, language)}</td>
                  <td>{level(funded.points)}</td>
                  <td>{perPoint === null ? '—' : wholeNumber(perPoint, language)}</td>
                </tr>
              )
            );
          })}
        </tbody>
      </table>
      <h2>{open.length === 0 ? t('budget.openNone') : t('budget.openTitle', { count: open.length })}</h2>
      {open.length > 0 && (
        <table className="org-print__table">
          <thead>
            <tr>
              <th scope="col">{t('budget.col.item')}</th>
              <th scope="col">{t('budget.col.people')}</th>
              <th scope="col">{t('budget.col.left')}</th>
            </tr>
          </thead>
          <tbody>
            {open.map((row) => (
              <tr key={row.key}>
                <td>{input.itemLabel(row.key)}</td>
                <td>{wholeNumber(row.people, language)}</td>
                <td>{level(row.left)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
