import { useState } from 'react';
import { bahtPerPoint } from '../../domain/organisation/budget-view';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { FundedTable, OpenGaps, UnfundedResources } from './budget-lists';
import type { PlannerInput } from './budget-planner';
import { BudgetPrint } from './budget-print';
import { PrintAlone, usePrintAlone } from './print-alone';
import { budgetSummary } from './budget-summary';
import { useBudgetTranslation, wholeNumber } from './budget-translation';
import type { BudgetPrintView, ProposalView } from './needs-protocol';
import type { ResourceChoice } from './use-proposal';

export interface ResultProps {
  input: PlannerInput;
  /** The proposal as the worker sent it, with the amounts and choices it answers. */
  proposal: ProposalView;
  /** True while a newer proposal is worked out (this one stays, so that its buttons keep their place). */
  busy: boolean;
  onChoose: (id: string, choice: ResourceChoice | null) => void;
}

/** The proposal: what the budget buys in all and resource by resource, what stays open; as CSV; printed. */
export function BudgetResult(props: ResultProps) {
  const { input, proposal, busy } = props;
  const { ask } = proposal;
  const { language, t } = useBudgetTranslation();
  const { printing, print } = usePrintAlone();
  const [printed, setPrinted] = useState<BudgetPrintView | null>(null);
  const perPoint = bahtPerPoint(proposal.costBaht, proposal.points);
  const { client } = input.source;
  // The worker writes the CSV (a row per attendee), with each item's label in the screen's language.
  const save = () => {
    const labels = Object.fromEntries(input.items.map((item) => [item.key, input.itemLabel(item.key)]));
    void client
      .ask({ type: 'budget-csv', ask, labels })
      .then((blob) => downloadBlob(blob, `${safeFileName(input.fileStem, 'budget', String(ask.fiscalYear))}.csv`))
      .catch(() => undefined);
  };
  // The printout names who attends: the worker sends them for it alone.
  const printAll = () =>
    void client
      .ask({ type: 'budget-print', ask })
      .then((view) => {
        setPrinted(view);
        print();
      })
      .catch(() => undefined);
  return (
    <div aria-busy={busy}>
      <p className="org-budget__summary" aria-live="polite">
        {budgetSummary({ ...proposal, choices: { length: proposal.places } }, ask, language, t)}
        {perPoint !== null && ` · ${t('budget.perPoint', { baht: wholeNumber(perPoint, language) })}`}
      </p>
      <p className="org-figure__actions">
        <button type="button" className="button button--secondary" onClick={save}>
          {t('budget.exportCsv')}
        </button>
        <button type="button" className="button button--secondary" onClick={printAll}>
          {t('budget.print')}
        </button>
      </p>
      {proposal.funded.length === 0 ? <p>{t('budget.nothing')}</p> : <FundedTable {...props} />}
      <UnfundedResources {...props} />
      <OpenGaps open={proposal.open} itemLabel={input.itemLabel} />
      {printing && printed && (
        <PrintAlone>
          <BudgetPrint {...props} printed={printed} />
        </PrintAlone>
      )}
    </div>
  );
}
