import { describe, expect, it } from 'vitest';
import { proposeBudget } from '../../domain/organisation/budget-plan';
import { fiscalYearChoices, openByItem, unfundedResources } from '../../domain/organisation/budget-view';
import { needPeopleOf, resourceDemand, trainingNeeds } from '../../domain/organisation/training-needs';
import { actionMessages } from '../../i18n/action-messages';
import { inBothLanguages } from '../../i18n/both-languages';
import { toExcelCsv } from '../../lib/csv';
import { makeResource, needItemOf, needItems } from '../../testing/training-needs-factory';
import { budgetCsvRows } from './budget-csv';
import { needsCsvRows } from './needs-csv';
import { budgetRowsShown, demandRowsShown, type NeedsLoad, type ProposalAsk } from './needs-protocol';
import { createNeedsSession } from './needs-session';

const today = '2026-12-06';

/** 90 people in three agencies, each short on some of the four items; 70 resources, each serving one or two items. */
function organisation(): NeedsLoad {
  let seed = 27;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const itemKeys = needItems.map((item) => item.key);
  const gaps = new Float32Array(90 * itemKeys.length);
  const targets = new Float32Array(90 * itemKeys.length).fill(Number.NaN);
  const people = Array.from({ length: 90 }, (_, index) => {
    itemKeys.forEach((_, column) => {
      const gap = Math.floor(random() * 4);
      gaps[index * itemKeys.length + column] = gap;
      if (gap > 0) targets[index * itemKeys.length + column] = 3;
    });
    return {
      id: `p${index}`,
      name: `คน ${index}`,
      position: 'ผู้อำนวยการ',
      agency: `กรม ${index % 3}`,
      appointedOn: index % 2 === 0 ? '2025-03-01' : '2026-06-01',
      served: [],
      // The rows of the matrices in reverse: the session must find each person's own.
      row: 89 - index,
    };
  });
  people.reverse().forEach((person, index) => (person.row = index));
  const resources = Array.from({ length: 70 }, (_, index) =>
    makeResource({
      id: `R${index}`,
      level: 1 + (index % 4),
      hours: 6 + (index % 5) * 3,
      costBaht: index % 7 === 0 ? 0 : 1000 + (index % 9) * 500,
      serves: [itemKeys[index % 4] ?? '', ...(index % 3 === 0 ? [itemKeys[(index + 1) % 4] ?? ''] : [])],
    }),
  );
  return { people, itemKeys, gaps, targets, items: needItems, resources, today };
}

/** The same needs worked out directly, as the page did before the worker. */
function direct(load: NeedsLoad) {
  const rows = new Map(load.people.map((person) => [person.id, person.row]));
  const people = needPeopleOf(load.people, { itemKeys: load.itemKeys, gaps: load.gaps, targets: load.targets, rowOf: (id) => rows.get(id) ?? -1 });
  return { people, ...trainingNeeds({ people, resources: load.resources, itemOf: needItemOf, today }) };
}

const ask: ProposalAsk = { fiscalYear: 2027, budgetBaht: 40_000, pinned: ['R5'], dropped: ['R7'] };

describe('the training-needs session (what the worker holds and answers)', () => {
  it('refuses a request before any needs are sent', () => {
    expect(() => createNeedsSession().handle({ type: 'demand', grouping: 'all', page: 0 })).toThrow(/No needs are held/);
  });

  it('answers a load with the people, the gaps no resource serves and the fiscal years, as worked out directly', () => {
    const load = organisation();
    const needs = direct(load);
    expect(needs.attendances.length).toBeGreaterThan(200);
    expect(createNeedsSession().handle({ type: 'load', load })).toEqual({
      people: 90,
      unserved: needs.unserved,
      years: fiscalYearChoices(needs, today),
      first: { grouping: 'all', rows: resourceDemand(needs, load.resources).slice(0, demandRowsShown), total: 70, page: 0, pages: 2 },
    });
  });

  it('sends the demand a page of 50 rows at a time, in each grouping, and every row for the printout', () => {
    const load = organisation();
    const needs = direct(load);
    const session = createNeedsSession();
    session.handle({ type: 'load', load });
    const byAgency = resourceDemand(needs, load.resources, (attendance) => needs.people[attendance.person]?.agency ?? '');
    expect(byAgency.length).toBeGreaterThan(2 * demandRowsShown);
    const pages = Math.ceil(byAgency.length / demandRowsShown);
    expect(session.handle({ type: 'demand', grouping: 'agency', page: 1 })).toEqual({
      grouping: 'agency',
      rows: byAgency.slice(demandRowsShown, 2 * demandRowsShown),
      total: byAgency.length,
      page: 1,
      pages,
    });
    // A page past the last (fewer people after a filter) is the last.
    expect(session.handle({ type: 'demand', grouping: 'agency', page: 99 })).toMatchObject({
      page: pages - 1,
      rows: byAgency.slice((pages - 1) * demandRowsShown),
    });
    const byYear = resourceDemand(needs, load.resources, (attendance) => String(attendance.fiscalYear));
    expect(session.handle({ type: 'demand', grouping: 'fiscalYear', page: -1 })).toEqual({
      grouping: 'fiscalYear',
      rows: byYear,
      total: byYear.length,
      page: 0,
      pages: 1,
    });
    expect(session.handle({ type: 'demand', grouping: 'all', page: 0 })).toMatchObject({
      rows: resourceDemand(needs, load.resources).slice(0, demandRowsShown),
    });
  });

  it('proposes exactly what proposeBudget does, and sends its figures, each resource funded with why, and the first rows of the lists', () => {
    const load = organisation();
    const needs = direct(load);
    const session = createNeedsSession();
    session.handle({ type: 'load', load });
    const proposal = proposeBudget(needs, load.resources, { fiscalYear: 2027, budgetBaht: 40_000, pinned: new Set(['R5']), dropped: new Set(['R7']) });
    const view = session.handle({ type: 'propose', ask });
    const lastTier = (resource: number) => proposal.choices.filter((choice) => needs.attendances[choice.attendance]?.resource === resource).at(-1)?.tier;
    const unfunded = unfundedResources(needs, load.resources, proposal, 2027).filter((row) => load.resources[row.resource]?.id !== 'R7');
    const open = openByItem(needs, proposal);
    expect(view).toEqual({
      ask,
      costBaht: proposal.costBaht,
      hours: proposal.hours,
      points: proposal.points,
      pointsDue: proposal.pointsDue,
      places: proposal.choices.length,
      funded: proposal.funded.map((funded) => ({
        resource: funded.resource,
        tier: lastTier(funded.resource),
        people: funded.attendances.length,
        costBaht: funded.costBaht,
        hours: funded.hours,
        points: funded.points,
      })),
      unfunded: { rows: unfunded.slice(0, budgetRowsShown), total: unfunded.length },
      open: { rows: open.slice(0, budgetRowsShown), total: open.length },
    });
    expect(view.funded[0]).toMatchObject({ resource: 5, tier: 'pinned' });
    expect(view.funded.some((row) => row.resource === 7)).toBe(false);
  });

  it('names who attends for the printout and writes both CSV files as the page wrote them', async () => {
    const load = organisation();
    const needs = direct(load);
    const session = createNeedsSession();
    session.handle({ type: 'load', load });
    const proposal = proposeBudget(needs, load.resources, { fiscalYear: 2027, budgetBaht: 40_000, pinned: new Set(['R5']), dropped: new Set(['R7']) });
    const printed = session.handle({ type: 'budget-print', ask });
    expect(printed).toEqual({
      attendees: proposal.funded.map((funded) => funded.attendances.map((index) => needs.people[needs.attendances[index]?.person ?? -1]?.name)),
      open: openByItem(needs, proposal),
    });
    const labels = Object.fromEntries(needItems.map((item) => [item.key, `${item.code} label`]));
    const budgetCsv = session.handle({ type: 'budget-csv', ask, labels });
    const amounts = { fiscalYear: 2027, budgetBaht: 40_000 };
    const expectedBudget = budgetCsvRows({
      needs,
      resources: load.resources,
      itemLabel: (key) => labels[key] ?? key,
      today,
      amounts,
      proposal,
      open: openByItem(needs, proposal),
    });
    expect(await budgetCsv.text()).toBe(toExcelCsv(expectedBudget).replace(/^\uFEFF/, ''));
    const needsCsv = session.handle({ type: 'needs-csv' });
    const itemName = (key: string) => needItemOf(key)?.code ?? key;
    const expectedNeeds = needsCsvRows(needs, load.resources, {
      itemName: (key) => (needItemOf(key)?.kind === 'unit' ? itemName(key) : (needItemOf(key)?.title.th ?? key)),
      kindName: (resource) => inBothLanguages(actionMessages, `resource.kind.${resource.kind}`),
      today,
    });
    expect(new Uint8Array(await needsCsv.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(await needsCsv.text()).toBe(toExcelCsv(expectedNeeds).replace(/^\uFEFF/, ''));
  });
});
