import { useId, useMemo, useState } from 'react';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { displayYear } from '../../domain/calendar/calendar-date';
import { pickText } from '../../domain/shared/localized-text';
import type { Resource, ResourceCatalogue } from '../../domain/scoring/resource-catalogue';
import type { ResourceDemand, UnservedGap } from '../../domain/organisation/training-needs';
import { resourceKindName } from '../../i18n/action-names';
import { useTranslator } from '../../i18n/use-translation';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { level } from '../../lib/number-format';
import { routes } from '../../lib/routes';
import { TableScroll } from '../../ui/table-scroll';
import { BudgetPlanner } from './budget-planner';
import { useNeedsClient, useWorked, type NeedsClient } from './needs-client';
import { translateNeeds } from './needs-messages';
import { demandGroupings, demandRowsShown, type DemandGrouping, type DemandPage, type NeedsLoad, type NeedsView } from './needs-protocol';
import { NeedsPrint } from './needs-print';
import { PeoplePager } from './people-pager';
import { PrintAlone, usePrintAlone } from './print-alone';
import { itemCode } from './organisation-labels';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

const useNeedsTranslation = () => useTranslator(translateNeeds);

/** What the needs were worked out from (the same object while nothing changed), and the worker that holds them. */
export interface NeedsSource {
  client: NeedsClient;
  load: NeedsLoad;
}

/** What the needs are worked out from: the people the filter lets through, their rows of the roll-up's matrices, the catalogue. */
function useNeedsSource(props: {
  rollup: RollupView;
  people: readonly RollupView['people'][number][];
  rowOf: (id: string) => number;
  catalogue: ResourceCatalogue | null;
  today: string;
}) {
  const { rollup, people, rowOf, catalogue, today } = props;
  const client = useNeedsClient();
  const items = useMemo(() => rollup.ranking.map((entry) => entry.item), [rollup]);
  const source = useMemo<NeedsSource | null>(() => {
    if (!catalogue) return null;
    const load: NeedsLoad = {
      people: people.map(({ id, name, position, agency, appointedOn, served }) => ({ id, name, position, agency, appointedOn, served, row: rowOf(id) })),
      itemKeys: rollup.itemKeys,
      gaps: rollup.itemGaps,
      targets: rollup.itemTargets,
      items,
      resources: catalogue.resources,
      today,
    };
    return { client, load };
  }, [client, catalogue, people, rowOf, rollup, items, today]);
  const needs = useWorked(source, (asked) => asked.client.ask({ type: 'load', load: asked.load }));
  return { source, needs, items };
}

/**
 * The training needs of the people the filter lets through (ความต้องการพัฒนา): for each resource of the agency's
 * catalogue, the people short on what it serves, their hours and cost, in all, by agency or by fiscal year; and the
 * gaps no resource serves. The needs are worked out in a worker (needs.worker.ts), which sends back only what is
 * shown; only when a catalogue is kept.
 */
export default function TrainingNeedsSection(props: {
  /** False while the parts above it are built: the needs are worked out meanwhile, and shown after them. */
  shown: boolean;
  rollup: RollupView;
  people: readonly RollupView['people'][number][];
  rowOf: (id: string) => number;
  catalogue: ResourceCatalogue | null;
  today: string;
  fileStem: string;
  organisation: string;
}) {
  const { catalogue, today, fileStem, organisation } = props;
  const { language, t } = useNeedsTranslation();
  const { t: orgT } = useOrganisationTranslation();
  const { source, needs, items } = useNeedsSource(props);
  const itemOf = useMemo(() => {
    const byKey = new Map<string, AssessmentItem>(items.map((item) => [item.key, item]));
    return (key: string) => byKey.get(key);
  }, [items]);
  if (!props.shown) return null;
  if (!catalogue || !source || !needs.value) {
    const said = !catalogue ? 'noCatalogue' : needs.failed ? 'failed' : 'working';
    return (
      <section className="panel" aria-labelledby="org-demand-title">
        <h2 id="org-demand-title">{t('needs.title')}</h2>
        <p role={said === 'noCatalogue' ? undefined : 'status'}>
          {t(`needs.${said}`)} {said === 'noCatalogue' && <a href={routes.catalogue.href()}>{t('needs.chooseCatalogue')}</a>}
        </p>
      </section>
    );
  }
  const itemLabel = (key: string) => {
    const item = itemOf(key);
    return item ? `${itemCode(item, orgT)} ${pickText(item.title, language)}` : key;
  };
  // A new catalogue starts the parts below again: their rows point into its resources.
  const shown = `${catalogue.fileName}\u0000${catalogue.loadedAt}`;
  const common = { source, view: needs.value, catalogue, itemLabel, today, fileStem, organisation };
  return (
    <>
      <DemandSection key={shown} {...common} itemOf={itemOf} />
      <BudgetPlanner key={shown} {...common} items={items} />
    </>
  );
}

/** What the parts below the needs read: the worker and what it was sent, the needs' figures, the catalogue. */
export interface NeedsPartProps {
  source: NeedsSource;
  view: NeedsView;
  catalogue: ResourceCatalogue;
  /** An item's code and title in the screen's language. */
  itemLabel: (key: string) => string;
  today: string;
  fileStem: string;
  organisation: string;
}

/** The demand for each resource, in all, by agency or by fiscal year, a page at a time; as CSV; and the gaps no resource serves. */
function DemandSection(props: NeedsPartProps & { itemOf: (key: string) => AssessmentItem | undefined }) {
  const { source, view, catalogue, itemOf, today, fileStem } = props;
  const { printing, print } = usePrintAlone();
  const { language, t } = useNeedsTranslation();
  const [shown, setShown] = useState<{ grouping: DemandGrouping; page: number }>({ grouping: 'all', page: 0 });
  const { grouping } = shown;
  // The first page in all came with the needs; any other is asked for.
  const first = grouping === 'all' && shown.page === 0;
  const asked = useMemo(() => (first ? null : { source, ...shown }), [first, source, shown]);
  const asking = useWorked(asked, ({ source: { client }, grouping: by, page }) => client.ask({ type: 'demand', grouping: by, page }));
  // Until another page comes, the last one stays (the first page if none came yet), so the pager keeps its place.
  const demand = first ? view.first : (asking.value ?? view.first);
  const [printed, setPrinted] = useState<DemandPage | null>(null);
  const groupText = (demandRow: ResourceDemand, by: DemandGrouping) =>
    by === 'fiscalYear' ? t('needs.fiscalYear', { year: displayYear(Number(demandRow.group), language) }) : demandRow.group;
  const save = () =>
    void source.client
      .ask({ type: 'needs-csv' })
      .then((blob) => downloadBlob(blob, `${safeFileName(fileStem, 'training-needs')}.csv`))
      .catch(() => undefined);
  // The printout holds every row: the worker sends them for it alone.
  const printAll = () =>
    void source.client
      .ask({ type: 'demand', grouping, page: -1 })
      .then((all) => {
        setPrinted(all);
        print();
      })
      .catch(() => undefined);
  const number = (value: number) => value.toLocaleString(language === 'th' ? 'th-TH' : 'en-GB');
  return (
    <section className="panel" aria-labelledby="org-demand-title">
      <h2 id="org-demand-title">{t('needs.title')}</h2>
      <p className="field__hint">{t('needs.intro', { file: catalogue.fileName, count: catalogue.resources.length })}</p>
      <DemandGroupingChoice grouping={grouping} onChoose={(option) => setShown({ grouping: option, page: 0 })} />
      {!first && asking.failed && <p role="status">{t('needs.failed')}</p>}
      <DemandTable
        demand={demand}
        busy={!first && !asking.current}
        resources={catalogue.resources}
        groupText={groupText}
        number={number}
        onPage={(page) => setShown({ grouping, page })}
      />
      <p className="org-figure__actions">
        <button type="button" className="button button--secondary" onClick={save} aria-describedby="org-needs-export-hint">
          {t('needs.exportCsv')}
        </button>
        <button type="button" className="button button--secondary" onClick={printAll}>
          {t('needs.print')}
        </button>
        <span id="org-needs-export-hint" className="field__hint">
          {t('needs.exportHint')}
        </span>
      </p>
      <UnservedGaps unserved={view.unserved} itemOf={itemOf} number={number} />
      {printing && printed && (
        <PrintAlone>
          <NeedsPrint
            demand={printed.rows}
            unserved={view.unserved}
            catalogue={catalogue}
            groupTitle={printed.grouping === 'all' ? null : t(`needs.col.group.${printed.grouping}`)}
            groupText={(row) => groupText(row, printed.grouping)}
            itemLabel={props.itemLabel}
            people={view.people}
            today={today}
            organisation={props.organisation}
          />
        </PrintAlone>
      )}
    </section>
  );
}

/** How the demand is grouped: in all, by agency or by fiscal year. */
function DemandGroupingChoice({ grouping, onChoose }: { grouping: DemandGrouping; onChoose: (grouping: DemandGrouping) => void }) {
  const { t } = useNeedsTranslation();
  const name = useId();
  return (
    <fieldset className="org-needs__grouping">
      <legend>{t('needs.groupBy')}</legend>
      {demandGroupings.map((option) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={grouping === option} onChange={() => onChoose(option)} /> {t(`needs.group.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** One page of the demand per resource, in all or by the grouping chosen, and the pages to turn. */
function DemandTable(props: {
  demand: DemandPage;
  busy: boolean;
  resources: readonly Resource[];
  groupText: (row: ResourceDemand, grouping: DemandGrouping) => string;
  number: (value: number) => string;
  onPage: (page: number) => void;
}) {
  const { demand, busy, resources, groupText, number, onPage } = props;
  const { grouping } = demand;
  const { language, t } = useNeedsTranslation();
  if (demand.total === 0) return <p>{t('needs.none')}</p>;
  const from = demand.page * demandRowsShown;
  return (
    <div aria-busy={busy}>
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
            {demand.rows.map((row) => {
              const resource = resources[row.resource];
              if (!resource) return null;
              return (
                <tr key={`${row.resource}-${row.group}`}>
                  <td className="org-code">{resource.id}</td>
                  <th scope="row">
                    {pickText(resource.title, language)} <span className="field__hint">({resource.provider})</span>
                  </th>
                  <td>{resourceKindName(t, resource.kind)}</td>
                  {grouping !== 'all' && <td>{groupText(row, grouping)}</td>}
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
      <PeoplePager view={{ page: demand.page, pages: demand.pages, setPage: onPage }} label={t('needs.pages')}>
        {t('needs.rowsShown', { from: number(from + 1), to: number(from + demand.rows.length), count: number(demand.total) })}
      </PeoplePager>
    </div>
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
