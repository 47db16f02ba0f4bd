import { useMemo, useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import { itemLabel, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { pickText } from '../../domain/shared/localized-text';
import type { Level } from '../../domain/profile/rating-scale';
import type { Resource } from '../../domain/scoring/resource-catalogue';
import { actionFromResource, suggestResources } from '../../domain/scoring/resource-suggestions';
import { resourceKindName } from '../../i18n/action-names';
import { useKeptCatalogue } from '../../lib/resource-catalogue-storage';
import { routes } from '../../lib/routes';
import { useAppStore, useAppStoreApi, useToday } from '../../store/app-store-context';
import { usePlanTranslation } from './use-plan-translation';

/** How many suggestions show for one item before "more". */
const shownFirst = 3;

/**
 * For each item that needs a plan, the agency's resources that serve it, best first (domain/scoring/resource-suggestions.ts);
 * one click adds one to the plan as an action with its kind, hours, link and items. Without a catalogue, the way to load one.
 */
export function ResourceSuggestions({
  assessment,
  items,
  needing,
  defaultTarget,
}: {
  assessment: Assessment;
  items: readonly AssessmentItem[];
  needing: readonly AssessmentItem[];
  defaultTarget: Level;
}) {
  const { language, t } = usePlanTranslation();
  const { storage } = useAppStoreApi();
  const catalogue = useKeptCatalogue(storage);
  const addAction = useAppStore((state) => state.addAction);
  const today = useToday();
  const [added, setAdded] = useState<string | null>(null);
  const suggestions = useMemo(
    () => (catalogue ? suggestResources(needing, assessment, catalogue.resources, defaultTarget) : []),
    [catalogue, needing, assessment, defaultTarget],
  );
  const profileItemKeys = useMemo(() => new Set(items.map((item) => item.key)), [items]);
  const planned = new Set((assessment.actions ?? []).flatMap((action) => (action.resourceId ? action.serves.map((key) => `${action.resourceId} ${key}`) : [])));

  function add(resource: Resource, item: AssessmentItem) {
    addAction(assessment.id, actionFromResource(resource, item, { appointedOn: assessment.appointee.appointedOn, today, language, profileItemKeys }));
    setAdded(pickText(resource.title, language));
  }

  return (
    <section className="panel" aria-labelledby="plan-suggestions">
      <h2 id="plan-suggestions">{t('plan.suggestTitle')}</h2>
      {!catalogue ? (
        <p>
          {t('plan.suggestNoCatalogue')} <a href={routes.catalogue.href()}>{t('plan.suggestLoad')}</a>
        </p>
      ) : (
        <>
          <p className="field__hint">
            {t('plan.suggestFrom', { file: catalogue.fileName, count: catalogue.resources.length })}{' '}
            <a href={routes.catalogue.href()}>{t('plan.suggestReplace')}</a>
            <br />
            {t('plan.suggestHint')}
          </p>
          {added && (
            <p className="notice" role="status">
              {t('plan.suggestAdded', { title: added })}
            </p>
          )}
          {suggestions.length === 0 ? (
            <p>{t('plan.suggestNothing')}</p>
          ) : (
            <ul className="plan__suggestions">
              {suggestions.map(({ item, resources }) => (
                <ItemSuggestions key={item.key} item={item} resources={resources} planned={planned} onAdd={add} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** One item's suggestions: the first few, then the rest under "more". */
function ItemSuggestions({
  item,
  resources,
  planned,
  onAdd,
}: {
  item: AssessmentItem;
  resources: readonly Resource[];
  planned: ReadonlySet<string>;
  onAdd: (resource: Resource, item: AssessmentItem) => void;
}) {
  const { language, t } = usePlanTranslation();
  const suggestion = (resource: Resource) => (
    <Suggestion key={resource.id} resource={resource} item={item} inPlan={planned.has(`${resource.id} ${item.key}`)} onAdd={onAdd} />
  );
  return (
    <li>
      <h3 className="plan__suggestion-item">{itemLabel(item, language)}</h3>
      <ol className="suggestion-list">{resources.slice(0, shownFirst).map(suggestion)}</ol>
      {resources.length > shownFirst && (
        <details>
          <summary>{t('plan.suggestMore', { count: resources.length - shownFirst })}</summary>
          <ol className="suggestion-list" start={shownFirst + 1}>
            {resources.slice(shownFirst).map(suggestion)}
          </ol>
        </details>
      )}
    </li>
  );
}

/** A resource: its title (a link when it has one), provider, kind, hours, cost and level, and "add" or "in the plan". */
function Suggestion({
  resource,
  item,
  inPlan,
  onAdd,
}: {
  resource: Resource;
  item: AssessmentItem;
  inPlan: boolean;
  onAdd: (resource: Resource, item: AssessmentItem) => void;
}) {
  const { language, t } = usePlanTranslation();
  return (
    <li className="suggestion">
      <span>
        {resource.link ? (
          <a href={resource.link} target="_blank" rel="noopener noreferrer">
            {pickText(resource.title, language)}
          </a>
        ) : (
          <strong>{pickText(resource.title, language)}</strong>
        )}{' '}
        <span className="suggestion__facts">
          {resource.provider} · {resourceKindName(t, resource.kind)} · {t('plan.hoursShown', { hours: resource.hours })} ·{' '}
          {t('plan.suggestCost', { cost: resource.costBaht.toLocaleString(language === 'th' ? 'th-TH' : 'en-GB') })}
          {item.kind !== 'experience' && ` · ${t('plan.suggestLevel', { level: resource.level })}`}
        </span>
      </span>
      {inPlan ? (
        <span className="suggestion__planned">{t('plan.suggestInPlan')}</span>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onAdd(resource, item)}
          aria-label={t('plan.suggestAddNamed', { title: pickText(resource.title, language), code: item.code })}
        >
          {t('plan.suggestAdd')}
        </button>
      )}
    </li>
  );
}
