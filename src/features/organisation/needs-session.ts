import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { proposeBudget, type BudgetProposal, type ChoiceTier } from '../../domain/organisation/budget-plan';
import { fiscalYearChoices, openByItem, unfundedResources } from '../../domain/organisation/budget-view';
import { countedDemand, countNeeds, type CountedNeeds, type DemandGroups } from '../../domain/organisation/needs-counts';
import { needPeopleOf, trainingNeeds, type NeedPerson, type ResourceDemand, type TrainingNeeds } from '../../domain/organisation/training-needs';
import type { Resource } from '../../domain/scoring/resource-catalogue';
import { actionMessages } from '../../i18n/action-messages';
import { inBothLanguages } from '../../i18n/both-languages';
import { toExcelCsv } from '../../lib/csv';
import { budgetCsvRows } from './budget-csv';
import { needsCsvRows } from './needs-csv';
import {
  budgetRowsShown,
  demandRowsShown,
  type BudgetPrintView,
  type DemandGrouping,
  type NeedsLoad,
  type NeedsRequest,
  type NeedsResults,
  type ProposalAsk,
  type ProposalView,
} from './needs-protocol';

interface Held {
  load: NeedsLoad;
  people: readonly NeedPerson[];
  /** The needs and the demand's counts (worked out on load). */
  counted: CountedNeeds;
  /** The attendances themselves, which the proposal and the CSV read: made when first asked for (`full`). */
  needs: (TrainingNeeds & { people: readonly NeedPerson[] }) | null;
  itemOf: (key: string) => AssessmentItem | undefined;
  demand: Map<DemandGrouping, ResourceDemand[]>;
  proposal: { key: string; ask: ProposalAsk; proposal: BudgetProposal } | null;
}

const csvType = 'text/csv;charset=utf-8';

/**
 * What the training-needs worker holds and does (needs.worker.ts; in the page itself where there is no worker): the
 * needs of the people last sent, the demand in each grouping asked for, and the last proposal; each request answered
 * with only what the screen shows of them.
 */
export function createNeedsSession() {
  let held: Held | null = null;
  const need = (): Held => {
    if (!held) throw new Error('No needs are held yet: the page sends them first.');
    return held;
  };
  /** What is held, with the attendances made if they were not yet. */
  const full = (): Held & { needs: TrainingNeeds & { people: readonly NeedPerson[] } } => {
    const current = need();
    const { people, counted, load: input, itemOf } = current;
    current.needs ??= { people, ...trainingNeeds({ people, resources: input.resources, itemOf, today: input.today }, counted.needs) };
    return current as Held & { needs: TrainingNeeds & { people: readonly NeedPerson[] } };
  };

  function load(input: NeedsLoad): NeedsResults['load'] {
    const items = new Map(input.items.map((item) => [item.key, item]));
    const itemOf = (key: string) => items.get(key);
    const rows = new Map(input.people.map((person) => [person.id, person.row]));
    const people = needPeopleOf(input.people, { itemKeys: input.itemKeys, gaps: input.gaps, targets: input.targets, rowOf: (id) => rows.get(id) ?? -1 });
    // Counted, without an attendance object per person × resource: the demand needs only their counts.
    const counted = countNeeds({ people, resources: input.resources, itemOf, today: input.today });
    held = { load: input, people, counted, needs: null, itemOf, demand: new Map(), proposal: null };
    return { people: people.length, unserved: counted.unserved, years: fiscalYearChoices(counted, input.today), first: demandPage('all', 0) };
  }

  /** The demand's groups: by agency (numbered in the order people come), by fiscal year, or none (in all). */
  function groupsOf(grouping: DemandGrouping, people: readonly NeedPerson[]): DemandGroups | undefined {
    if (grouping === 'fiscalYear') return { of: (_, fiscalYear) => fiscalYear, name: String };
    if (grouping === 'all') return undefined;
    const agencies: string[] = [];
    const numbers = new Map<string, number>();
    const agencyOf = Int32Array.from(people, ({ agency }) => {
      const known = numbers.get(agency);
      if (known !== undefined) return known;
      numbers.set(agency, agencies.length);
      return agencies.push(agency) - 1;
    });
    return { of: (person) => agencyOf[person] ?? -1, name: (group) => agencies[group] ?? '' };
  }

  function demandOf(grouping: DemandGrouping): ResourceDemand[] {
    const { counted, people, load: input, demand } = need();
    const known = demand.get(grouping);
    if (known) return known;
    const rows = countedDemand(counted.attendances, input.resources, groupsOf(grouping, people));
    demand.set(grouping, rows);
    return rows;
  }

  /** Makes the attendances ahead of the first proposal or CSV (the worker calls it once the needs are answered). */
  function prepare(): void {
    if (held && !held.needs) full();
  }

  function demandPage(grouping: DemandGrouping, page: number): NeedsResults['demand'] {
    const rows = demandOf(grouping);
    const pages = Math.max(1, Math.ceil(rows.length / demandRowsShown));
    if (page < 0) return { grouping, rows, total: rows.length, page: 0, pages: 1 };
    const shown = Math.min(page, pages - 1);
    return { grouping, rows: rows.slice(shown * demandRowsShown, (shown + 1) * demandRowsShown), total: rows.length, page: shown, pages };
  }

  function needsCsv(): Blob {
    const { needs, load: input, itemOf } = full();
    const itemName = (key: string) => {
      const item = itemOf(key);
      return !item ? key : item.kind === 'unit' || item.kind === 'criterion' ? item.code : item.title.th;
    };
    // The kinds in both languages, as every CSV cell.
    const kindName = (resource: Resource) => inBothLanguages(actionMessages, `resource.kind.${resource.kind}`);
    return new Blob([toExcelCsv(needsCsvRows(needs, input.resources, { itemName, kindName, today: input.today }))], { type: csvType });
  }

  /** The proposal for `ask`: the last one again if nothing changed. */
  function proposalFor(ask: ProposalAsk): BudgetProposal {
    const current = full();
    const key = JSON.stringify(ask);
    if (current.proposal?.key === key) return current.proposal.proposal;
    const { pinned, dropped, ...amounts } = ask;
    const proposal = proposeBudget(current.needs, current.load.resources, { ...amounts, pinned: new Set(pinned), dropped: new Set(dropped) });
    current.proposal = { key, ask, proposal };
    return proposal;
  }

  function propose(ask: ProposalAsk): ProposalView {
    const { needs, load: input } = full();
    const proposal = proposalFor(ask);
    // Why each resource was chosen: the tier of its last attendance chosen.
    const tierOf = new Map<number, ChoiceTier>();
    for (const choice of proposal.choices) {
      const resource = needs.attendances[choice.attendance]?.resource;
      if (resource !== undefined) tierOf.set(resource, choice.tier);
    }
    const dropped = new Set(ask.dropped);
    const unfunded = unfundedResources(needs, input.resources, proposal, ask.fiscalYear).filter((row) => !dropped.has(input.resources[row.resource]?.id ?? ''));
    const open = openByItem(needs, proposal);
    return {
      ask,
      costBaht: proposal.costBaht,
      hours: proposal.hours,
      points: proposal.points,
      pointsDue: proposal.pointsDue,
      places: proposal.choices.length,
      funded: proposal.funded.map((funded) => ({
        resource: funded.resource,
        tier: tierOf.get(funded.resource) ?? 'other',
        people: funded.attendances.length,
        costBaht: funded.costBaht,
        hours: funded.hours,
        points: funded.points,
      })),
      unfunded: { rows: unfunded.slice(0, budgetRowsShown), total: unfunded.length },
      open: { rows: open.slice(0, budgetRowsShown), total: open.length },
    };
  }

  function budgetPrint(ask: ProposalAsk): BudgetPrintView {
    const { needs } = full();
    const proposal = proposalFor(ask);
    return {
      attendees: proposal.funded.map((funded) => funded.attendances.map((index) => needs.people[needs.attendances[index]?.person ?? -1]?.name ?? '')),
      open: openByItem(needs, proposal),
    };
  }

  function budgetCsv(ask: ProposalAsk, labels: Record<string, string>): Blob {
    const { needs, load: input } = full();
    const proposal = proposalFor(ask);
    const rows = budgetCsvRows({
      needs,
      resources: input.resources,
      itemLabel: (key) => labels[key] ?? key,
      today: input.today,
      amounts: ask,
      proposal,
      open: openByItem(needs, proposal),
    });
    return new Blob([toExcelCsv(rows)], { type: csvType });
  }

  /** Answers one request of the page. */
  function handle<T extends NeedsRequest['type']>(request: Extract<NeedsRequest, { type: T }>): NeedsResults[T] {
    return answer(request) as NeedsResults[T];
  }

  function answer(request: NeedsRequest): NeedsResults[NeedsRequest['type']] {
    switch (request.type) {
      case 'load':
        return load(request.load);
      case 'demand':
        return demandPage(request.grouping, request.page);
      case 'needs-csv':
        return needsCsv();
      case 'propose':
        return propose(request.ask);
      case 'budget-print':
        return budgetPrint(request.ask);
      case 'budget-csv':
        return budgetCsv(request.ask, request.labels);
    }
  }

  return { handle, prepare };
}

export type NeedsSession = ReturnType<typeof createNeedsSession>;
