import './budget.css';
import { useMemo, useState } from 'react';
import { fiscalYearChoices } from '../../domain/organisation/budget-view';
import type { Resource } from '../../domain/scoring/resource-catalogue';
import type { NeedPerson, TrainingNeeds } from '../../domain/organisation/training-needs';
import { BudgetForm, type BudgetAmounts } from './budget-form';
import { BudgetResult } from './budget-result';
import { useBudgetTranslation } from './budget-translation';
import { useProposal, type ResourceChoice } from './use-proposal';

/** What the planner reads: the training needs of the people the filter lets through, and the catalogue. */
export interface PlannerInput {
  needs: TrainingNeeds & { people: readonly NeedPerson[] };
  resources: readonly Resource[];
  /** An item's code and title in the screen's language, and in the printout's. */
  itemLabel: (key: string) => string;
  today: string;
  fileStem: string;
  organisation: string;
}

/**
 * The budget planner (ข้อเสนอการจัดสรรงบประมาณ): HR gives a fiscal year, a budget in baht and, if wanted, hours; the
 * proposal (domain/organisation/budget-plan.ts) funds resources and names who attends; HR pins or drops a resource and
 * it is worked out again. Nothing here is saved: the numbers and choices live as long as the page.
 */
export function BudgetPlanner(props: PlannerInput) {
  const { needs, today } = props;
  const { t } = useBudgetTranslation();
  const years = useMemo(() => fiscalYearChoices(needs, today), [needs, today]);
  const [amounts, setAmounts] = useState<BudgetAmounts | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<string, ResourceChoice>>(new Map());
  const proposal = useProposal(props, amounts, choices);
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
      <BudgetForm years={years} onPropose={setAmounts} />
      {amounts && proposal && <BudgetResult input={props} amounts={amounts} proposal={proposal} choices={choices} onChoose={choose} />}
    </section>
  );
}
