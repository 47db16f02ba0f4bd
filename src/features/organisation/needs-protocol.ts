import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import type { FiscalYear } from '../../domain/calendar/fiscal-year';
import type { ChoiceTier } from '../../domain/organisation/budget-plan';
import type { OpenItem, UnfundedResource } from '../../domain/organisation/budget-view';
import type { NeedPerson, ResourceDemand, UnservedGap } from '../../domain/organisation/training-needs';
import type { Resource } from '../../domain/scoring/resource-catalogue';

// What the training-needs section of the organisation view and its worker (needs.worker.ts) say to each other. The
// worker holds the needs and their attendances (a quarter of a million for 1,000 people and 500 resources) and the
// last proposal; the page sends what they are worked out from and receives only what it shows: one page of the
// demand, the gaps no resource serves, the proposal's figures and lists. Sending the attendances themselves would
// make the page's structured copy of them a long task of its own (docs/training-needs.md, "How fast").

/** How the demand is grouped on screen: in all, by agency, by fiscal year. */
export const demandGroupings = ['all', 'agency', 'fiscalYear'] as const;
export type DemandGrouping = (typeof demandGroupings)[number];

/** The demand's rows on one page of the screen: the CSV and the printout hold them all. */
export const demandRowsShown = 50;

/** The most rows of the budget planner's lists on screen: the CSV holds them all. */
export const budgetRowsShown = 50;

/** A person as the needs read them (without the per-item lists), and their row in the roll-up's people × items matrices. */
export type NeedPersonInput = Omit<NeedPerson, 'shortfalls'> & { row: number };

/** What the needs are worked out from: the people the filter lets through, the roll-up's gaps and targets, the catalogue. */
export interface NeedsLoad {
  people: NeedPersonInput[];
  itemKeys: readonly string[];
  gaps: Float32Array;
  targets: Float32Array;
  /** The items the roll-up ranks (the needs read their kind, star and codes). */
  items: AssessmentItem[];
  resources: readonly Resource[];
  today: string;
}

/** The amounts HR gave and the resources (by id) pinned and dropped: what a proposal is worked out for. */
export interface ProposalAsk {
  fiscalYear: FiscalYear;
  budgetBaht: number;
  budgetHours?: number;
  pinned: string[];
  dropped: string[];
}

export type NeedsRequest =
  | { type: 'load'; load: NeedsLoad }
  /** One page of the demand grouped so (page -1: every row, for the printout). */
  | { type: 'demand'; grouping: DemandGrouping; page: number }
  | { type: 'needs-csv' }
  | { type: 'propose'; ask: ProposalAsk }
  | { type: 'budget-print'; ask: ProposalAsk }
  /** `labels`: each item's code and title as the CSV writes them (the screen's language). */
  | { type: 'budget-csv'; ask: ProposalAsk; labels: Record<string, string> };

/**
 * The needs once worked out: how many people, the gaps no resource serves, the fiscal years a budget can be planned
 * for, and the first page of the demand in all (what the screen shows first, without asking again).
 */
export interface NeedsView {
  people: number;
  unserved: UnservedGap[];
  years: FiscalYear[];
  first: DemandPage;
}

export interface DemandPage {
  /** The grouping the rows are in (a page shown until the next comes keeps its own). */
  grouping: DemandGrouping;
  rows: ResourceDemand[];
  /** The rows in all, the page shown (from 0) and the pages there are. */
  total: number;
  page: number;
  pages: number;
}

/** A resource funded, as the screen lists it: why (the tier of its last attendance chosen), people, cost, hours, points. */
export interface FundedRow {
  resource: number;
  tier: ChoiceTier;
  people: number;
  costBaht: number;
  hours: number;
  points: number;
}

/** The first rows of a list and how many there are in all. */
export interface FirstRows<T> {
  rows: T[];
  total: number;
}

/** The proposal as the screen shows it, with the ask it answers. */
export interface ProposalView {
  ask: ProposalAsk;
  costBaht: number;
  hours: number;
  points: number;
  pointsDue: number;
  /** Attendances funded. */
  places: number;
  funded: FundedRow[];
  /** Resources not funded that would close gaps due (those HR dropped left out). */
  unfunded: FirstRows<UnfundedResource>;
  open: FirstRows<OpenItem>;
}

/** What the printout adds: who attends each resource funded ('' for a person with no name), and every item still open. */
export interface BudgetPrintView {
  attendees: string[][];
  open: OpenItem[];
}

/** The answer to each request. */
export interface NeedsResults {
  load: NeedsView;
  demand: DemandPage;
  'needs-csv': Blob;
  propose: ProposalView;
  'budget-print': BudgetPrintView;
  'budget-csv': Blob;
}

/**
 * The answer to request `id`, and when the worker took it up and answered (ms since the epoch, as
 * `performance.timeOrigin + performance.now()` reads on either side): the page notes it for the benchmark.
 */
export type NeedsMessage = ({ id: number; ok: true; result: NeedsResults[NeedsRequest['type']] } | { id: number; ok: false; error: string }) & {
  span: [number, number];
};
