import { useMemo } from 'react';
import { proposeBudget, type BudgetProposal } from '../../domain/organisation/budget-plan';
import type { BudgetAmounts } from './budget-form';
import type { PlannerInput } from './budget-planner';

/** HR's word on a resource: fund it first, or never. */
export type ResourceChoice = 'pinned' | 'dropped';

/** The resources (by id) HR pinned and dropped. */
export function pinnedAndDropped(choices: ReadonlyMap<string, ResourceChoice>): { pinned: Set<string>; dropped: Set<string> } {
  const pinned = new Set<string>();
  const dropped = new Set<string>();
  for (const [id, choice] of choices) (choice === 'pinned' ? pinned : dropped).add(id);
  return { pinned, dropped };
}

/** The proposal for the amounts HR gave (null until they give them), worked out again when a choice changes. */
export function useProposal(
  input: Pick<PlannerInput, 'needs' | 'resources'>,
  amounts: BudgetAmounts | null,
  choices: ReadonlyMap<string, ResourceChoice>,
): BudgetProposal | null {
  const { needs, resources } = input;
  return useMemo(() => (amounts ? proposeBudget(needs, resources, { ...amounts, ...pinnedAndDropped(choices) }) : null), [needs, resources, amounts, choices]);
}
