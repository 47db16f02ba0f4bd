import type { BudgetProposal } from '../../domain/organisation/budget-plan';
import { bahtPerPoint, openByItem, unfundedResources } from '../../domain/organisation/budget-view';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import type { BudgetAmounts } from './budget-form';
import { FundedTable, OpenGaps, UnfundedResources } from './budget-lists';
import type { PlannerInput } from './budget-planner';
import { BudgetPrint } from './budget-print';
import { PrintAlone, usePrintAlone } from './print-alone';
import { budgetSummary } from './budget-summary';
import { useBudgetTranslation, wholeNumber } from './budget-translation';
import type { ResourceChoice } from './use-proposal';

export interface ResultProps {
  input: PlannerInput;
  amounts: BudgetAmounts;
  proposal: BudgetProposal;
  choices: ReadonlyMap<string, ResourceChoice>;
  onChoose: (id: string, choice: ResourceChoice | null) => void;
}

/** The proposal: what the budget buys in all and resource by resource, what stays open; as CSV; printed. */
export function BudgetResult(props: ResultProps) {
  const { input, amounts, proposal } = props;
  const { needs, resources } = input;
  const { language, t } = useBudgetTranslation();
  const { printing, print } = usePrintAlone();
  const unfunded = unfundedResources(needs, resources, proposal, amounts.fiscalYear);
  const open = openByItem(needs, proposal);
  const perPoint = bahtPerPoint(proposal.costBaht, proposal.points);
  // The CSV's code and words load on the first click.
  const save = () =>
    void Promise.all([import('./budget-csv'), import('../../lib/csv')]).then(([csv, { toExcelCsv }]) => {
      const rows = csv.budgetCsvRows({ ...input, amounts, proposal, open });
      downloadBlob(
        new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }),
        `${safeFileName(input.fileStem, 'budget', String(amounts.fiscalYear))}.csv`,
      );
    });
  return (
    <>
      <p className="org-budget__summary" aria-live="polite">
        {budgetSummary(proposal, amounts, language, t)}
        {perPoint !== null && ` · ${t('budget.perPoint', { baht: wholeNumber(perPoint, language) })}`}
      </p>
      <p className="org-figure__actions">
        <button type="button" className="button button--secondary" onClick={save}>
          {t('budget.exportCsv')}
        </button>
        <button type="button" className="button button--secondary" onClick={print}>
          {t('budget.print')}
        </button>
      </p>
      {proposal.funded.length === 0 ? <p>{t('budget.nothing')}</p> : <FundedTable {...props} />}
      <UnfundedResources {...props} unfunded={unfunded} />
      <OpenGaps open={open} itemLabel={input.itemLabel} />
      {printing && (
        <PrintAlone>
          <BudgetPrint {...props} open={open} />
        </PrintAlone>
      )}
    </>
  );
}
