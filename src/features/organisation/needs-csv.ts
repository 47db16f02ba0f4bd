import { buddhistEraOffset } from '../../domain/calendar/calendar-date';
import type { Resource } from '../../domain/scoring/resource-catalogue';
import { resourceDemand, type NeedPerson, type TrainingNeeds } from '../../domain/organisation/training-needs';
import { needsCsvWords as words } from './needs-csv-messages';

/**
 * The training needs for a spreadsheet: one row per person and resource (who, which resource, the fiscal year it is
 * first needed in, the items it would develop for them, its hours, cost and the gap it closes), then one total row
 * per resource (people, hours, cost, gap), in the order the screen lists the resources (most people first).
 */
export function needsCsvRows(
  needs: TrainingNeeds & { people: readonly NeedPerson[] },
  resources: readonly Resource[],
  input: { itemName: (key: string) => string; kindName: (resource: Resource) => string; today: string },
): (string | number)[][] {
  const header = [
    words('needsCsv.row'),
    words('needsCsv.resourceId'),
    words('needsCsv.titleTh'),
    words('needsCsv.titleEn'),
    words('needsCsv.provider'),
    words('needsCsv.kind'),
    words('needsCsv.name'),
    words('needsCsv.position'),
    words('needsCsv.agency'),
    words('needsCsv.fiscalYearBe'),
    words('needsCsv.items'),
    words('needsCsv.people'),
    words('needsCsv.hours'),
    words('needsCsv.cost'),
    words('needsCsv.points'),
    words('needsCsv.computedOnIso'),
  ];
  const round = (value: number) => Math.round(value * 100) / 100;
  const rows: (string | number)[][] = [header];
  const byResource = new Map<number, TrainingNeeds['attendances']>();
  for (const attendance of needs.attendances) byResource.set(attendance.resource, [...(byResource.get(attendance.resource) ?? []), attendance]);
  for (const demand of resourceDemand(needs, resources)) {
    const resource = resources[demand.resource];
    if (!resource) continue;
    const about = [resource.id, resource.title.th, resource.title.en, resource.provider, input.kindName(resource)];
    for (const attendance of byResource.get(demand.resource) ?? []) {
      const person = needs.people[attendance.person];
      const items = attendance.needs.map(({ need }) => input.itemName(needs.needs[need]?.key ?? '')).join('; ');
      rows.push([
        words('needsCsv.row.person'),
        ...about,
        person?.name ?? '',
        person?.position ?? '',
        person?.agency ?? '',
        attendance.fiscalYear + buddhistEraOffset,
        items,
        1,
        resource.hours,
        resource.costBaht,
        round(attendance.points),
        input.today,
      ]);
    }
    rows.push([words('needsCsv.row.total'), ...about, '', '', '', '', '', demand.people, demand.hours, demand.costBaht, round(demand.points), input.today]);
  }
  return rows;
}
