import { buddhistEraOffset } from '../../domain/calendar/calendar-date';
import type { BudgetProposal } from '../../domain/organisation/budget-plan';
import type { OpenItem } from '../../domain/organisation/budget-view';
import type { NeedPerson, TrainingNeeds } from '../../domain/organisation/training-needs';
import type { Resource } from '../../domain/scoring/resource-catalogue';
import { actionMessages } from '../../i18n/action-messages';
import { inBothLanguages } from '../../i18n/both-languages';
import { budgetCsvWords as words } from './budget-csv-messages';

const columns = [
  'resourceId',
  'titleTh',
  'titleEn',
  'provider',
  'kind',
  'name',
  'position',
  'agency',
  'items',
  'why',
  'people',
  'hours',
  'cost',
  'points',
  'left',
  'fiscalYearBe',
  'budget',
  'budgetHours',
  'computedOnIso',
] as const;
type Column = (typeof columns)[number];

/**
 * The budget proposal for a spreadsheet: one row per person funded to attend a resource (who, the items it develops for
 * them, why it was chosen, its hours, cost and the gap points it closes), a total row for each resource funded, one for
 * the whole proposal (with the budget), then one row per item still open by the year's end (people, levels left).
 * Headings in Thai and English; names and titles as the files gave them (`toExcelCsv` keeps formulae out).
 */
export function budgetCsvRows(input: {
  needs: TrainingNeeds & { people: readonly NeedPerson[] };
  resources: readonly Resource[];
  itemLabel: (key: string) => string;
  today: string;
  amounts: { fiscalYear: number; budgetBaht: number; budgetHours?: number };
  proposal: BudgetProposal;
  open: readonly OpenItem[];
}): (string | number)[][] {
  const { needs, resources, proposal, amounts, today } = input;
  const round = (value: number) => Math.round(value * 100) / 100;
  const year = amounts.fiscalYear + buddhistEraOffset;
  const row = (kind: Parameters<typeof words>[0], cells: Partial<Record<Column, string | number>>) => [
    words(kind),
    ...columns.map((column) => cells[column] ?? ''),
  ];
  const rows: (string | number)[][] = [[words('budgetCsv.row'), ...columns.map((column) => words(`budgetCsv.${column}`))]];
  const tierOf = new Map(proposal.choices.map((choice) => [choice.attendance, choice]));
  for (const funded of proposal.funded) {
    const resource = resources[funded.resource];
    if (!resource) continue;
    const about = {
      resourceId: resource.id,
      titleTh: resource.title.th,
      titleEn: resource.title.en,
      provider: resource.provider,
      kind: inBothLanguages(actionMessages, `resource.kind.${resource.kind}`),
      fiscalYearBe: year,
      computedOnIso: today,
    };
    for (const index of funded.attendances) {
      const attendance = needs.attendances[index];
      const person = attendance && needs.people[attendance.person];
      const choice = tierOf.get(index);
      if (!attendance || !person || !choice) continue;
      const items = attendance.needs.map(({ need }) => input.itemLabel(needs.needs[need]?.key ?? '')).join('; ');
      const why = words(`budgetCsv.why.${choice.tier}`);
      rows.push(
        row('budgetCsv.row.person', {
          ...about,
          name: person.name,
          position: person.position,
          agency: person.agency,
          items,
          why,
          people: 1,
          hours: resource.hours,
          cost: resource.costBaht,
          points: round(choice.points),
        }),
      );
    }
    rows.push(
      row('budgetCsv.row.resource', { ...about, people: funded.attendances.length, hours: funded.hours, cost: funded.costBaht, points: round(funded.points) }),
    );
  }
  const budget = { budget: amounts.budgetBaht, budgetHours: amounts.budgetHours ?? '', fiscalYearBe: year, computedOnIso: today };
  rows.push(
    row('budgetCsv.row.total', {
      ...budget,
      people: proposal.choices.length,
      hours: proposal.hours,
      cost: proposal.costBaht,
      points: round(proposal.points),
      left: round(proposal.pointsDue - proposal.points),
    }),
  );
  for (const item of input.open)
    rows.push(
      row('budgetCsv.row.open', { items: input.itemLabel(item.key), people: item.people, left: round(item.left), fiscalYearBe: year, computedOnIso: today }),
    );
  return rows;
}
