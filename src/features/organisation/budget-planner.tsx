import './budget.css';
import { useMemo, useState } from 'react';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { BudgetForm, type BudgetAmounts } from './budget-form';
import { BudgetResult } from './budget-result';
import { useBudgetTranslation } from './budget-translation';
import { useWorked } from './needs-client';
import type { ProposalAsk } from './needs-protocol';
import type { NeedsPartProps } from './training-needs-section';
import { pinnedAndDropped, type ResourceChoice } from './use-proposal';

/** What the planner reads: the needs the worker holds, and the items (for the CSV's labels). */
export type PlannerInput = NeedsPartProps & { items: readonly AssessmentItem[] };

/**
 * The budget planner (ข้อเสนอการจัดสรรงบประมาณ): HR gives a fiscal year, a budget in baht and, if wanted, hours; the
 * proposal (domain/organisation/budget-plan.ts, worked out in the needs' worker) funds resources and names who attends;
 * HR pins or drops a resource and it is worked out again. Nothing here is saved: the numbers and choices live as long
 * as the page.
 */
export function BudgetPlanner(props: PlannerInput) {
  const { source, view } = props;
  const { t } = useBudgetTranslation();
  const [amounts, setAmounts] = useState<BudgetAmounts | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<string, ResourceChoice>>(new Map());
  // Asked again when the needs change (another filter), the amounts or a choice.
  const asked = useMemo(() => {
    if (!amounts) return null;
    const { pinned, dropped } = pinnedAndDropped(choices);
    const ask: ProposalAsk = { ...amounts, pinned: [...pinned], dropped: [...dropped] };
    return { source, ask };
  }, [source, amounts, choices]);
  const proposal = useWorked(asked, ({ source: { client }, ask }) => client.ask({ type: 'propose', ask }));
  const choose = (id: string, choice: ResourceChoice | null) =>
    setChoices((before) => {
      const next = new Map(before);
      if (choice === null) next.delete(id);
      else next.set(id, choice);
      return next;
    });
  return (
    <section className="panel org-budget" aria-labelledby="org-budget-title">
      <h2 id="org-budget-title">{t('budget.title')}</h2>
      <p className="field__hint">{t('budget.intro')}</p>
      <BudgetForm years={view.years} onPropose={setAmounts} />
      {asked && !proposal.value && <p role="status">{t(proposal.failed ? 'budget.failed' : 'budget.computing')}</p>}
      {proposal.value && <BudgetResult input={props} proposal={proposal.value} busy={!proposal.current} onChoose={choose} />}
    </section>
  );
}
