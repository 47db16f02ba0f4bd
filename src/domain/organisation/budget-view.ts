import type { CalendarDate } from '../calendar/calendar-date';
import { fiscalYearOf, type FiscalYear } from '../calendar/fiscal-year';
import type { Resource } from '../scoring/resource-catalogue';
import type { BudgetProposal } from './budget-plan';
import type { TrainingNeeds } from './training-needs';

// What the budget planner's screen, CSV and printout show of a proposal (docs/training-needs.md): the fiscal years
// to plan, the resources left unfunded, and what stays open item by item.

/** The fiscal years a budget can be planned for: today's, then each later one a need falls in (at most `most`). */
export function fiscalYearChoices(needs: Pick<TrainingNeeds, 'needs'>, today: CalendarDate, most = 5): FiscalYear[] {
  const first = fiscalYearOf(today);
  let last = first;
  for (const need of needs.needs) last = Math.max(last, need.fiscalYear);
  return Array.from({ length: Math.min(most, last - first + 1) }, (_, index) => first + index);
}

/** Baht for one gap point (null: nothing closed); a free resource's is 0. */
export function bahtPerPoint(costBaht: number, points: number): number | null {
  return points > 0 ? costBaht / points : null;
}

/** A resource the proposal leaves out though it would close gaps due by the year's end: whom it serves, and for how much. */
export interface UnfundedResource {
  resource: number;
  people: number;
  /** The points its attendances would close on their own (before the proposal's own choices). */
  points: number;
  costBaht: number;
}

/**
 * The resources with attendances due by `fiscalYear`'s end that the proposal funds none of, or not all of (the people
 * it left out), most points first, then the cheaper. A dropped resource is listed too: HR may put it back.
 */
export function unfundedResources(needs: TrainingNeeds, resources: readonly Resource[], proposal: BudgetProposal, fiscalYear: FiscalYear): UnfundedResource[] {
  const chosen = new Set(proposal.choices.map((choice) => choice.attendance));
  const byResource = new Map<number, UnfundedResource>();
  needs.attendances.forEach((attendance, index) => {
    const resource = resources[attendance.resource];
    if (!resource || chosen.has(index) || attendance.fiscalYear > fiscalYear) return;
    const points = attendance.needs.reduce((total, { need, reach }) => {
      const entry = needs.needs[need];
      return entry && entry.fiscalYear <= fiscalYear ? total + Math.max(0, reach - entry.now) : total;
    }, 0);
    if (points <= 0) return;
    const row = byResource.get(attendance.resource) ?? { resource: attendance.resource, people: 0, points: 0, costBaht: 0 };
    row.people += 1;
    row.points += points;
    row.costBaht += resource.costBaht;
    byResource.set(attendance.resource, row);
  });
  return [...byResource.values()].sort((a, b) => b.points - a.points || a.costBaht - b.costBaht || a.resource - b.resource);
}

/** An item some people still fall short on after the proposal, by the year's end: how many, and the levels left. */
export interface OpenItem {
  key: string;
  people: number;
  left: number;
}

/** What stays open, item by item: the needs due by the year's end with points left, most levels left first. */
export function openByItem(needs: Pick<TrainingNeeds, 'needs'>, proposal: Pick<BudgetProposal, 'open'>): OpenItem[] {
  const byKey = new Map<string, OpenItem>();
  for (const { need, left } of proposal.open) {
    const key = needs.needs[need]?.key;
    if (key === undefined) continue;
    const row = byKey.get(key) ?? { key, people: 0, left: 0 };
    row.people += 1;
    row.left += left;
    byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => b.left - a.left || b.people - a.people || a.key.localeCompare(b.key));
}

/** A budget typed by HR, in baht or hours: digits with optional thousands separators (Thai or Western digits), whole; null when not such a number. */
export function parseBudgetAmount(text: string): number | null {
  const western = text
    .trim()
    .replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50))
    .replace(/[,\s]/g, '');
  if (!/^\d{1,12}$/.test(western)) return null;
  return Number(western);
}
