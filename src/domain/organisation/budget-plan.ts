import { fiscalYearSpan, type FiscalYear } from '../calendar/fiscal-year';
import type { Resource } from '../scoring/resource-catalogue';
import { pointsClosed, type Attendance, type TrainingNeeds } from './training-needs';

// The budget planner: which resources to fund, and who attends, so that the most gap points close within a fiscal
// year's budget. A greedy choice, written out with its measured distance from the best in docs/training-needs.md.

export interface BudgetInput {
  fiscalYear: FiscalYear;
  /** The money there is, in baht. */
  budgetBaht: number;
  /** The training hours there are, if HR wants them counted too. */
  budgetHours?: number;
  /** Resources (by id) HR wants funded first, and resources HR will not fund. */
  pinned?: ReadonlySet<string>;
  dropped?: ReadonlySet<string>;
}

/** Why an attendance was chosen when it was: a pinned resource, a starred experience due by the year's end, or neither. */
export type ChoiceTier = 'pinned' | 'starred' | 'other';

export interface Choice {
  attendance: number;
  tier: ChoiceTier;
  /** The gap points it closes beyond the choices before it, and those of them on starred experience due by the year's end. */
  points: number;
  starredPoints: number;
}

/** One resource of the proposal: the attendances funded, what they cost and what they close. */
export interface FundedResource {
  resource: number;
  attendances: number[];
  costBaht: number;
  hours: number;
  points: number;
}

export interface BudgetProposal {
  choices: Choice[];
  /** The resources funded, in the order each was first chosen. */
  funded: FundedResource[];
  costBaht: number;
  hours: number;
  points: number;
  /** The gap points due by the year's end: what the budget could close at most. */
  pointsDue: number;
  /** The needs due by the year's end still open after the proposal, with the points left on each. */
  open: { need: number; left: number }[];
}

/** An attendance as the greedy weighs it: tier first, then points per baht (a free one before any other), then more points, then fewer hours. */
interface Weight {
  tier: number;
  points: number;
  starredPoints: number;
  cost: number;
  hours: number;
}

/**
 * The proposal for a fiscal year: the attendances that close gaps due by the year's end (a need with no later date is
 * due now), chosen one at a time, always the one that closes the most gap points per baht beyond those already
 * chosen, among those that still fit the budget (and the hours, when given); a pinned resource's attendances first,
 * then those closing a starred experience due by the year's end, then the rest; a dropped resource never. Each choice
 * is weighed again when it comes up (its points only fall as others are chosen), so the whole runs in about
 * n log n for n attendances. Points per baht alone can pass over one large attendance (more than a tenth of the
 * budget) for small cheap ones, so then (unless HR pinned something) the choice is also made again starting from the
 * attendance that closes most on its own, and the better of the two is proposed: starred points first, then all points.
 */
export function proposeBudget(needs: TrainingNeeds, resources: readonly Resource[], input: BudgetInput): BudgetProposal {
  const yearEnd = fiscalYearSpan(input.fiscalYear).end;
  const due = needs.needs.map((need) => need.fiscalYear <= input.fiscalYear);
  const starred = needs.needs.map((need, index) => due[index] === true && need.starredDeadline !== null && need.starredDeadline <= yearEnd);
  const pinned = input.pinned ?? new Set<string>();
  const dropped = input.dropped ?? new Set<string>();
  const budget = { baht: input.budgetBaht, hours: input.budgetHours ?? Number.POSITIVE_INFINITY };

  function weigh(attendance: Attendance, level: readonly number[]): Weight {
    const resource = resources[attendance.resource];
    let points = 0;
    let starredPoints = 0;
    for (const { need, reach } of attendance.needs) {
      if (!due[need]) continue;
      const closed = pointsClosed({ now: level[need] ?? 0 }, reach);
      points += closed;
      if (starred[need]) starredPoints += closed;
    }
    const tier = resource && pinned.has(resource.id) ? 0 : starredPoints > 0 ? 1 : 2;
    return { tier, points, starredPoints, cost: resource?.costBaht ?? 0, hours: resource?.hours ?? 0 };
  }

  const start = needs.needs.map((need) => need.now);
  const candidates: { index: number; weight: Weight }[] = [];
  needs.attendances.forEach((attendance, index) => {
    const resource = resources[attendance.resource];
    if (!resource || dropped.has(resource.id) || attendance.fiscalYear > input.fiscalYear) return;
    const weight = weigh(attendance, start);
    if (weight.points > 0 && weight.cost <= budget.baht && weight.hours <= budget.hours) candidates.push({ index, weight });
  });

  // Once less is left than the cheapest attendance costs, only a free one can still be taken; once fewer hours are
  // left than the shortest takes, none can: the choice stops there instead of weighing every attendance left.
  let cheapest = Number.POSITIVE_INFINITY;
  let shortest = Number.POSITIVE_INFINITY;
  for (const { weight } of candidates) {
    if (weight.cost > 0) cheapest = Math.min(cheapest, weight.cost);
    shortest = Math.min(shortest, weight.hours);
  }

  function greedy(first: number | null): Run {
    const level = [...start];
    const heap = new WeightHeap(needs.attendances.length);
    let free = 0;
    for (const candidate of candidates) {
      if (candidate.index === first) continue;
      heap.add(candidate.index, candidate.weight);
      if (candidate.weight.cost === 0) free++;
    }
    heap.order();
    const left = { ...budget };
    const choices: Choice[] = [];
    const take = (index: number, weight: Weight) => {
      for (const { need, reach } of needs.attendances[index]?.needs ?? []) if (due[need]) level[need] = Math.max(level[need] ?? 0, reach);
      left.baht -= weight.cost;
      left.hours -= weight.hours;
      choices.push({
        attendance: index,
        tier: weight.tier === 0 ? 'pinned' : weight.tier === 1 ? 'starred' : 'other',
        points: weight.points,
        starredPoints: weight.starredPoints,
      });
    };
    const firstAttendance = first === null ? undefined : needs.attendances[first];
    if (first !== null && firstAttendance) take(first, weigh(firstAttendance, level));
    for (let top = heap.pop(); top !== -1; top = heap.pop()) {
      if (heap.cost[top] === 0) free--;
      if (left.hours < shortest || (left.baht < cheapest && free === 0 && heap.cost[top] !== 0)) break;
      const attendance = needs.attendances[top];
      if (!attendance || (heap.cost[top] ?? 0) > left.baht || (heap.hours[top] ?? 0) > left.hours) continue;
      const now = weigh(attendance, level);
      if (now.points <= 0) continue;
      // Weighed again: taken only if it still comes first, otherwise back into the heap at its new weight.
      if (now.tier !== heap.tier[top] || now.points !== heap.points[top]) {
        heap.set(top, now);
        if (heap.size() > 0 && heap.comesBefore(heap.peek(), top)) {
          heap.push(top);
          if (now.cost === 0) free++;
          continue;
        }
      }
      take(top, now);
    }
    return { choices, level, starred: sum(choices, 'starredPoints'), points: sum(choices, 'points') };
  }

  let best = greedy(null);
  if (pinned.size === 0) {
    const largest = candidates.reduce<{ index: number; weight: Weight } | null>(
      (found, candidate) =>
        !found ||
        candidate.weight.starredPoints > found.weight.starredPoints ||
        (candidate.weight.starredPoints === found.weight.starredPoints && candidate.weight.points > found.weight.points)
          ? candidate
          : found,
      null,
    );
    // Only a buy that is large beside the budget can be passed over for a worse one: below a tenth of it, points per
    // baht close all but a little of the best (docs/training-needs.md), and the second choice is not worth its time.
    const passedOver = largest && largest.weight.cost > budget.baht / 10 && !best.choices.some((choice) => choice.attendance === largest.index);
    const other = passedOver ? greedy(largest.index) : null;
    if (other && (other.starred > best.starred || (other.starred === best.starred && other.points > best.points))) best = other;
  }
  return summarise(needs, resources, best.choices, due, best.level);
}

interface Run {
  choices: Choice[];
  level: number[];
  starred: number;
  points: number;
}

function sum(choices: readonly Choice[], field: 'points' | 'starredPoints'): number {
  return choices.reduce((total, choice) => total + choice[field], 0);
}

function summarise(needs: TrainingNeeds, resources: readonly Resource[], choices: Choice[], due: readonly boolean[], level: readonly number[]): BudgetProposal {
  const funded = new Map<number, FundedResource>();
  let costBaht = 0;
  let hours = 0;
  let points = 0;
  for (const choice of choices) {
    const attendance = needs.attendances[choice.attendance];
    const resource = attendance && resources[attendance.resource];
    if (!attendance || !resource) continue;
    const entry = funded.get(attendance.resource) ?? { resource: attendance.resource, attendances: [], costBaht: 0, hours: 0, points: 0 };
    entry.attendances.push(choice.attendance);
    entry.costBaht += resource.costBaht;
    entry.hours += resource.hours;
    entry.points += choice.points;
    funded.set(attendance.resource, entry);
    costBaht += resource.costBaht;
    hours += resource.hours;
    points += choice.points;
  }
  let pointsDue = 0;
  const open: BudgetProposal['open'] = [];
  needs.needs.forEach((need, index) => {
    if (!due[index]) return;
    pointsDue += need.target - need.now;
    const left = need.target - Math.max(need.now, level[index] ?? need.now);
    if (left > 0) open.push({ need: index, left });
  });
  return { choices, funded: [...funded.values()], costBaht, hours, points, pointsDue, open };
}

/** The gap points a set of attendances closes together on the needs due by `fiscalYear`'s end (what the greedy maximises). */
export function pointsOfChoice(needs: TrainingNeeds, chosen: readonly number[], fiscalYear: FiscalYear): number {
  const level = new Map<number, number>();
  for (const index of chosen) {
    for (const { need, reach } of needs.attendances[index]?.needs ?? []) {
      const entry = needs.needs[need];
      if (entry && entry.fiscalYear <= fiscalYear) level.set(need, Math.max(level.get(need) ?? entry.now, reach));
    }
  }
  let points = 0;
  for (const [need, reached] of level) points += Math.max(0, reached - (needs.needs[need]?.now ?? reached));
  return points;
}

/**
 * A binary heap of attendances (by index), the one that comes first on top: tier, then points per baht (a free one
 * first), then more points, then fewer hours, then the lower index (the attendances' order: by person, then resource).
 * Weights are kept in typed arrays by attendance, each attendance in the heap at most once.
 */
class WeightHeap {
  readonly tier: Float64Array;
  readonly ratio: Float64Array;
  readonly points: Float64Array;
  readonly cost: Float64Array;
  readonly hours: Float64Array;
  private readonly heap: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.tier = new Float64Array(capacity);
    this.ratio = new Float64Array(capacity);
    this.points = new Float64Array(capacity);
    this.cost = new Float64Array(capacity);
    this.hours = new Float64Array(capacity);
    this.heap = new Int32Array(capacity);
  }

  set(index: number, weight: Weight): void {
    this.tier[index] = weight.tier;
    this.ratio[index] = weight.cost === 0 ? Number.POSITIVE_INFINITY : weight.points / weight.cost;
    this.points[index] = weight.points;
    this.cost[index] = weight.cost;
    this.hours[index] = weight.hours;
  }

  /** Adds without ordering: `order()` orders all that were added, at once. */
  add(index: number, weight: Weight): void {
    this.set(index, weight);
    this.heap[this.length++] = index;
  }

  order(): void {
    for (let at = (this.length >> 1) - 1; at >= 0; at--) this.down(at);
  }

  size(): number {
    return this.length;
  }

  comesBefore(a: number, b: number): boolean {
    const { tier, ratio, points, hours } = this;
    const ta = tier[a] ?? 0;
    const tb = tier[b] ?? 0;
    if (ta !== tb) return ta < tb;
    const ra = ratio[a] ?? 0;
    const rb = ratio[b] ?? 0;
    if (ra !== rb) return ra > rb;
    const pa = points[a] ?? 0;
    const pb = points[b] ?? 0;
    if (pa !== pb) return pa > pb;
    const ha = hours[a] ?? 0;
    const hb = hours[b] ?? 0;
    if (ha !== hb) return ha < hb;
    return a < b;
  }

  push(index: number): void {
    const heap = this.heap;
    let child = this.length++;
    heap[child] = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      const above = heap[parent] ?? 0;
      if (!this.comesBefore(index, above)) break;
      heap[child] = above;
      child = parent;
    }
    heap[child] = index;
  }

  /** The attendance on top, without taking it; -1 when none. */
  peek(): number {
    return this.length === 0 ? -1 : (this.heap[0] ?? -1);
  }

  /** Takes the attendance on top; -1 when none is left. */
  pop(): number {
    if (this.length === 0) return -1;
    const top = this.heap[0] ?? -1;
    this.length--;
    if (this.length > 0) {
      this.heap[0] = this.heap[this.length] ?? 0;
      this.down(0);
    }
    return top;
  }

  private down(from: number): void {
    const heap = this.heap;
    const index = heap[from] ?? 0;
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.length) break;
      const right = left + 1;
      let child = left;
      if (right < this.length && this.comesBefore(heap[right] ?? 0, heap[left] ?? 0)) child = right;
      const below = heap[child] ?? 0;
      if (!this.comesBefore(below, index)) break;
      heap[at] = below;
      at = child;
    }
    heap[at] = index;
  }
}
