import { useId, useMemo, useState } from 'react';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { displayYear } from '../../domain/calendar/calendar-date';
import { pickText } from '../../domain/shared/localized-text';
import type { Resource, ResourceCatalogue } from '../../domain/scoring/resource-catalogue';
import {
  needPeopleOf,
  resourceDemand,
  trainingNeeds,
  type NeedPerson,
  type ResourceDemand,
  type TrainingNeeds,
  type UnservedGap,
} from '../../domain/organisation/training-needs';
import { actionMessages } from '../../i18n/action-messages';
import { resourceKindName } from '../../i18n/action-names';
import { inBothLanguages } from '../../i18n/both-languages';
import { useTranslator } from '../../i18n/use-translation';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { level } from '../../lib/number-format';
import { routes } from '../../lib/routes';
import { TableScroll } from '../../ui/table-scroll';
import { BudgetPlanner } from './budget-planner';
import { translateNeeds } from './needs-messages';
import { NeedsPrint } from './needs-print';
import { PrintAlone, usePrintAlone } from './print-alone';
import { itemCode } from './organisation-labels';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

const groupings = ['all', 'agency', 'fiscalYear'] as const;
type Grouping = (typeof groupings)[number];

const useNeedsTranslation = () => useTranslator(translateNeeds);

/**
 * The training needs of the people the filter lets through (ความต้องการพัฒนา): for each resource of the agency's
 * catalogue, the people short on what it serves, their hours and cost, in all, by agency or by fiscal year; and the
 * gaps no resource serves. Loaded with the organisation view's later parts, only when a catalogue is kept.
 */
export default function TrainingNeedsSection(props: {
  rollup: RollupView;
  people: readonly RollupView['people'][number][];
  rowOf: (id: string) => number;
  catalogue: ResourceCatalogue | null;
  today: string;
  fileStem: string;
  organisation: string;
}) {
  const { rollup, people, rowOf, catalogue, today, fileStem, organisation } = props;
  const { language, t } = useNeedsTranslation();
  const { t: orgT } = useOrganisationTranslation();
  const itemOf = useMemo(() => {
    const items = new Map<string, AssessmentItem>(rollup.ranking.map((entry) => [entry.item.key, entry.item]));
    return (key: string) => items.get(key);
  }, [rollup]);
  const needs = useMemo(() => {
    if (!catalogue) return null;
    const needPeople = needPeopleOf(people, { itemKeys: rollup.itemKeys, gaps: rollup.itemGaps, targets: rollup.itemTargets, rowOf });
    return { people: needPeople, ...trainingNeeds({ people: needPeople, resources: catalogue.resources, itemOf, today }) };
  }, [catalogue, people, rollup, rowOf, itemOf, today]);
  if (!catalogue || !needs) {
    return (
      <section className="panel" aria-labelledby="org-demand-title">
        <h2 id="org-demand-title">{t('needs.title')}</h2>
        <p>
          {t('needs.noCatalogue')} <a href={routes.catalogue.href()}>{t('needs.chooseCatalogue')}</a>
        </p>
      </section>
    );
  }
  const itemLabel = (key: string) => {
    const item = itemOf(key);
    return item ? `${itemCode(item, orgT)} ${pickText(item.title, language)}` : key;
  };
  return (
    <>
      <DemandSection needs={needs} catalogue={catalogue} itemOf={itemOf} itemLabel={itemLabel} today={today} fileStem={fileStem} organisation={organisation} />
      <BudgetPlanner needs={needs} resources={catalogue.resources} itemLabel={itemLabel} today={today} fileStem={fileStem} organisation={organisation} />
    </>
  );
}

/** The demand for each resource, in all, by agency or by fiscal year; as CSV; and the gaps no resource serves. */
function DemandSection(props: {
  needs: TrainingNeeds & { people: readonly NeedPerson[] };
  catalogue: ResourceCatalogue;
  itemOf: (key: string) => AssessmentItem | undefined;
  itemLabel: (key: string) => string;
  today: string;
  fileStem: string;
  organisation: string;
}) {
  const { needs, catalogue, itemOf, today, fileStem } = props;
  const { printing, print } = usePrintAlone();
  const { language, t } = useNeedsTranslation();
  const [grouping, setGrouping] = useState<Grouping>('all');
  const name = useId();
  const demand = useMemo(() => {
    if (grouping === 'all') return resourceDemand(needs, catalogue.resources);
    if (grouping === 'agency') return resourceDemand(needs, catalogue.resources, (attendance) => needs.people[attendance.person]?.agency ?? '');
    return resourceDemand(needs, catalogue.resources, (attendance) => String(attendance.fiscalYear));
  }, [needs, catalogue, grouping]);
  const groupText = (demandRow: ResourceDemand) =>
    grouping === 'fiscalYear' ? t('needs.fiscalYear', { year: displayYear(Number(demandRow.group), language) }) : demandRow.group;
  // The CSV's code (its words, the CSV writer) loads on the first click.
  const save = () => void saveNeedsCsv(needs, catalogue.resources, itemOf, today, fileStem);
  const number = (value: number) => value.toLocaleString(language === 'th' ? 'th-TH' : 'en-GB');
  return (
    <section className="panel" aria-labelledby="org-demand-title">
      <h2 id="org-demand-title">{t('needs.title')}</h2>
      <p className="field__hint">{t('needs.intro', { file: catalogue.fileName, count: catalogue.resources.length })}</p>
      <fieldset className="org-needs__grouping">
        <legend>{t('needs.groupBy')}</legend>
        {groupings.map((option) => (
          <label key={option}>
            <input type="radio" name={name} value={option} checked={grouping === option} onChange={() => setGrouping(option)} /> {t(`needs.group.${option}`)}
          </label>
        ))}
      </fieldset>
      <DemandTable demand={demand} resources={catalogue.resources} grouping={grouping} groupText={groupText} number={number} />
      <p className="org-figure__actions">
        <button type="button" className="button button--secondary" onClick={save} aria-describedby="org-needs-export-hint">
          {t('needs.exportCsv')}
        </button>
        <button type="button" className="button button--secondary" onClick={print}>
          {t('needs.print')}
        </button>
        <span id="org-needs-export-hint" className="field__hint">
          {t('needs.exportHint')}
        </span>
      </p>
      <UnservedGaps unserved={needs.unserved} itemOf={itemOf} number={number} />
      {printing && (
        <PrintAlone>
          <NeedsPrint
            demand={demand}
            unserved={needs.unserved}
            catalogue={catalogue}
            groupTitle={grouping === 'all' ? null : t(`needs.col.group.${grouping}`)}
            groupText={groupText}
            itemLabel={props.itemLabel}
            people={needs.people.length}
            today={today}
            organisation={props.organisation}
          />
        </PrintAlone>
      )}
    </section>
  );
}

/** Writes the training needs CSV: its code (words, the CSV writer) loads on the first call. */
async function saveNeedsCsv(
  needs: TrainingNeeds & { people: readonly NeedPerson[] },
  resources: readonly Resource[],
  itemOf: (key: string) => AssessmentItem | undefined,
  today: string,
  fileStem: string,
) {
  const [csv, { toExcelCsv }] = await Promise.all([import('./needs-csv'), import('../../lib/csv')]);
  const itemName = (key: string) => {
    const item = itemOf(key);
    return !item ? key : item.kind === 'unit' || item.kind === 'criterion' ? item.code : item.title.th;
  };
  // The kinds in both languages, as every CSV cell: the section already has their words (i18n/action-messages).
  const kindName = (resource: Resource) => inBothLanguages(actionMessages, `resource.kind.${resource.kind}`);
  const rows = csv.needsCsvRows(needs, resources, { itemName, kindName, today });
  downloadBlob(new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }), `${safeFileName(fileStem, 'training-needs')}.csv`);
}

/** The demand per resource, in all or by the grouping chosen. */
function DemandTable(props: {
  demand: readonly ResourceDemand[];
  resources: readonly Resource[];
  grouping: Grouping;
  groupText: (row: ResourceDemand) => string;
  number: (value: number) => string;
}) {
  const { demand, resources, grouping, groupText, number } = props;
  const { language, t } = useNeedsTranslation();
  const catalogue = { resources };
  return (
    <>
      {demand.length === 0 ? (
        <p>{t('needs.none')}</p>
      ) : (
        <TableScroll label={t('needs.demandTable')}>
          <table className="org-table org-needs__demand">
            <caption>{t('needs.demandTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('needs.col.id')}</th>
                <th scope="col">{t('needs.col.title')}</th>
                <th scope="col">{t('needs.col.kind')}</th>
                {grouping !== 'all' && <th scope="col">{t(`needs.col.group.${grouping}`)}</th>}
                <th scope="col">{t('needs.col.people')}</th>
                <th scope="col">{t('needs.col.hours')}</th>
                <th scope="col">{t('needs.col.cost')}</th>
                <th scope="col">{t('needs.col.points')}</th>
              </tr>
            </thead>
            <tbody>
              {demand.map((row) => {
                const resource = catalogue.resources[row.resource];
                if (!resource) return null;
                return (
                  <tr key={`${row.resource}-${row.group}`}>
                    <td className="org-code">{resource.id}</td>
                    <th scope="row">
                      {pickText(resource.title, language)} <span className="field__hint">({resource.provider})</span>
                    </th>
                    <td>{resourceKindName(t, resource.kind)}</td>
                    {grouping !== 'all' && <td>{groupText(row)}</td>}
                    <td className="number">{number(row.people)}</td>
                    <td className="number">{number(row.hours)}</td>
                    <td className="number">{number(row.costBaht)}</td>
                    <td className="number">{level(row.points)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

/** The gaps no resource of the catalogue serves, folded. */
function UnservedGaps(props: { unserved: readonly UnservedGap[]; itemOf: (key: string) => AssessmentItem | undefined; number: (value: number) => string }) {
  const { unserved, itemOf, number } = props;
  const { language, t } = useNeedsTranslation();
  const { t: orgT } = useOrganisationTranslation();
  const needs = { unserved };
  return (
    <>
      {needs.unserved.length === 0 ? (
        <p>{t('needs.unservedNone')}</p>
      ) : (
        <details className="org-figure__numbers">
          <summary id="org-needs-unserved">{t('needs.unservedTitle', { count: needs.unserved.length })}</summary>
          <TableScroll label={t('needs.unservedTitle', { count: needs.unserved.length })}>
            <table className="org-table" aria-labelledby="org-needs-unserved">
              <thead>
                <tr>
                  <th scope="col">{t('needs.col.id')}</th>
                  <th scope="col">{t('needs.col.item')}</th>
                  <th scope="col">{t('needs.col.people')}</th>
                  <th scope="col">{t('needs.col.why')}</th>
                </tr>
              </thead>
              <tbody>
                {needs.unserved.map((gap) => {
                  const item = itemOf(gap.key);
                  return (
                    <tr key={gap.key}>
                      <td className="org-code">{item ? itemCode(item, orgT) : gap.key}</td>
                      <th scope="row">{item ? pickText(item.title, language) : gap.key}</th>
                      <td className="number">{number(gap.people)}</td>
                      <td>{t(`needs.why.${gap.why}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </details>
      )}
    </>
  );
}
